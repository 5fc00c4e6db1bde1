"""Right, differently: reads the arguments from **kwargs, and builds the profile then saves it."""
def create_profile(sender, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    if kwargs["created"] and not kwargs["raw"]:
        Profile(user=kwargs["instance"], bio="").save()


post_save.connect(create_profile, sender=User, dispatch_uid="create_profile")
