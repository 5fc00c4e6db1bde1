"""Wrong: checks that an allowed extension appears somewhere in the name, so a real PNG named cat.png.html is
stored, and may be served as HTML."""
from django.core.exceptions import ValidationError
from PIL import Image, UnidentifiedImageError


def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    if not any(ext in upload.name.lower() for ext in (".png", ".jpg", ".jpeg", ".gif", ".webp")):
        raise ValidationError("Avatars are PNG, JPEG, GIF or WebP files.")
    try:
        Image.open(upload).verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValidationError("This file is not an image.") from exc
    upload.seek(0)
    return default_storage.save(f"avatars/{user_id}/{upload.name}", upload)
