"""Wrong: no dispatch_uid, so running the cell again (a new function object, kept alive under DEBUG) connects a second receiver."""
def create_profile(sender, instance, created, raw, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    if created and not raw:
        Profile.objects.create(user=instance)


post_save.connect(create_profile, sender=User)
