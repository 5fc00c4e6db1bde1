"""Wrong: defers a database write to on_commit; the profile must exist exactly when the user does, in the same transaction (inside atomic() the new user has no profile until the commit)."""
def create_profile(sender, instance, created, raw, **kwargs):
    """Give each newly created user a Profile; nothing on updates, nothing while a fixture loads."""
    if created and not raw:
        transaction.on_commit(lambda: Profile.objects.create(user=instance))


post_save.connect(create_profile, sender=User, dispatch_uid="create_profile")
