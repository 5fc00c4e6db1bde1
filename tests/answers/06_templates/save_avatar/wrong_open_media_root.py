"""Wrong: writes with open() under MEDIA_ROOT, bypassing the storage (no S3, no in-memory storage) and overwriting a taken name."""
import os

from django.conf import settings


def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    forms.ImageField().clean(upload)
    name = f"avatars/{user_id}/{upload.name}"
    path = os.path.join(settings.MEDIA_ROOT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        for chunk in upload.chunks():
            f.write(chunk)
    return name
