"""Right, differently: the model named as the string "auth.User" (post_save resolves it), a default for raw, and get_or_create() on the key, only for new users."""
@receiver(post_save, sender="auth.User", dispatch_uid="create_profile")
def create_profile(sender, instance, created, raw=False, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    if raw or not created:
        return
    Profile.objects.get_or_create(user_id=instance.pk)
