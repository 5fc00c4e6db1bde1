"""Wrong: tests hasattr(instance, "profile") instead of created; on a user loaded from the database, every update runs a SELECT for the profile."""
def create_profile(sender, instance, created, raw, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    if not raw and not hasattr(instance, "profile"):
        Profile.objects.create(user=instance)


post_save.connect(create_profile, sender=User, dispatch_uid="create_profile")
