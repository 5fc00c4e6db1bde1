"""Wrong: connected for every sender and filtered with isinstance(): it acts only on users, but runs on every save of every model."""
def create_profile(sender, instance, created, raw, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    if created and not raw and isinstance(instance, User):
        Profile.objects.create(user=instance)


post_save.connect(create_profile, dispatch_uid="create_profile")
