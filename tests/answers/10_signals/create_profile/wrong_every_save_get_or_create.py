"""Wrong: the anti-pattern of section 1, work on every save: get_or_create() runs a SELECT on each update of every user, and it also makes a profile while a fixture loads."""
def create_profile(sender, instance, created, raw, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    Profile.objects.get_or_create(user=instance)


post_save.connect(create_profile, sender=User, dispatch_uid="create_profile")
