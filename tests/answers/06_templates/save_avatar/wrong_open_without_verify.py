"""Wrong: takes Image.open() as the proof, but it reads only the header: a PNG cut after 50 bytes is stored."""
from pathlib import Path

from django.core.exceptions import ValidationError
from PIL import Image, UnidentifiedImageError


def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    if Path(upload.name).suffix.lower() not in {".png", ".jpg", ".jpeg", ".gif", ".webp"}:
        raise ValidationError("Avatars are PNG, JPEG, GIF or WebP files.")
    try:
        Image.open(upload)
    except UnidentifiedImageError as exc:
        raise ValidationError("This file is not an image.") from exc
    upload.seek(0)
    return default_storage.save(f"avatars/{user_id}/{upload.name}", upload)
