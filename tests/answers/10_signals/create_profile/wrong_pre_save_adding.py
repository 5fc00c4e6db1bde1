"""Wrong: pre_save runs before the INSERT, so the new user has no primary key yet and the profile cannot point at it (ValueError)."""
def create_profile(sender, instance, raw, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    if instance._state.adding and not raw:
        Profile.objects.create(user=instance)


pre_save.connect(create_profile, sender=User, dispatch_uid="create_profile")
