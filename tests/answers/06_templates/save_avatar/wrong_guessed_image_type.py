"""Wrong: allows any name whose guessed MIME type is image/* (BMP, TIFF, ICO...), not the five extensions asked for."""
import mimetypes

from django.core.exceptions import ValidationError


def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    if not (mimetypes.guess_type(upload.name)[0] or "").startswith("image/"):
        raise ValidationError("Upload an image file.")
    image = forms.ImageField().clean(upload)  # Pillow must read it as an image
    return default_storage.save(f"avatars/{user_id}/{image.name}", image)
