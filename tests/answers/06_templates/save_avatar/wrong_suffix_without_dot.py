"""Wrong: checks that the name ends in "png" and the like without the dot, so "catpng" (no extension) is stored."""
from PIL import Image


def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    if not upload.name.lower().endswith(("png", "jpg", "jpeg", "gif", "webp")):
        raise ValidationError("Allowed extensions: png, jpg, jpeg, gif, webp.")
    try:
        Image.open(upload).verify()
    except Exception as exc:
        raise ValidationError("Upload a valid image.") from exc
    upload.seek(0)
    return default_storage.save(f"avatars/{user_id}/{upload.name}", upload)
