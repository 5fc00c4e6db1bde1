"""Wrong: saves first and checks after, so a rejected upload raises ValidationError but stays in storage."""
def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    from django.core.validators import FileExtensionValidator

    name = default_storage.save(f"avatars/{user_id}/{upload.name}", upload)
    upload.seek(0)
    FileExtensionValidator(["png", "jpg", "jpeg", "gif", "webp"])(upload)
    forms.ImageField().clean(upload)
    return name
