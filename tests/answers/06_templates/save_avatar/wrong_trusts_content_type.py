"""Wrong: trusts the Content-Type the client sent: an HTML file that claims image/png is stored as an avatar."""
from django.core.exceptions import ValidationError


def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    if not (upload.content_type or "").startswith("image/"):
        raise ValidationError("Upload an image.")
    return default_storage.save(f"avatars/{user_id}/{upload.name}", upload)
