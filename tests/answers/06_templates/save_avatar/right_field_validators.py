"""Right, differently: one forms.ImageField with an extension validator, saved through storages["default"]."""
from django.core.files.storage import storages
from django.core.validators import FileExtensionValidator


def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    field = forms.ImageField(validators=[FileExtensionValidator(["png", "jpg", "jpeg", "gif", "webp"])])
    image = field.clean(upload)
    return storages["default"].save(f"avatars/{user_id}/{image.name}", image)
