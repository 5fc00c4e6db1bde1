"""Wrong: deletes a stored file with the same name before saving, so a second me.png overwrites the first avatar."""
def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    from django.core.validators import FileExtensionValidator

    FileExtensionValidator(["png", "jpg", "jpeg", "gif", "webp"])(upload)
    image = forms.ImageField().clean(upload)
    name = f"avatars/{user_id}/{image.name}"
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, image)
