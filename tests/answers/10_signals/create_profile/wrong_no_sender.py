"""Wrong: connected without sender=User, so it runs for every model's saves (a Group, even the Profile it creates) and fails on them."""
def create_profile(sender, instance, created, raw, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    if created and not raw:
        Profile.objects.create(user=instance)


post_save.connect(create_profile, dispatch_uid="create_profile")
