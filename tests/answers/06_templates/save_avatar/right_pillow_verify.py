"""Right, differently: checks the suffix by hand and the content with Pillow's verify(), then saves via storages["default"]."""
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from PIL import Image, UnidentifiedImageError


def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    if Path(upload.name).suffix.lower() not in {".png", ".jpg", ".jpeg", ".gif", ".webp"}:
        raise ValidationError("Avatars are PNG, JPEG, GIF or WebP files.")
    try:
        Image.open(upload).verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValidationError("This file is not an image.") from exc
    upload.seek(0)
    return storages["default"].save(f"avatars/{user_id}/{upload.name}", upload)
