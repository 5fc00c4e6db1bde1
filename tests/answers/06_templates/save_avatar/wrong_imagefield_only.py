"""Wrong: relies on forms.ImageField alone, whose extension list is Pillow's: a GIF named cat.pdf is accepted."""
def save_avatar(user_id, upload):
    """Store a checked image under avatars/<user_id>/ in the default storage; return the stored name."""
    image = forms.ImageField().clean(upload)
    return default_storage.save(f"avatars/{user_id}/{image.name}", image)
