"""Wrong: ignores raw, so loading a fixture creates a profile that collides with the fixture's own (IntegrityError)."""
def create_profile(sender, instance, created, raw, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    if created:
        Profile.objects.create(user=instance)


post_save.connect(create_profile, sender=User, dispatch_uid="create_profile")
