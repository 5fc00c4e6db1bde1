"""Wrong: DO_NOTHING leaves the profile pointing at a deleted user (an IntegrityError at commit on a database that checks the key)."""
class Profile(models.Model):
    """A user's profile: one per user, user.profile, deleted with its user."""
    user = models.OneToOneField(User, on_delete=models.DO_NOTHING, related_name="profile")
    bio = models.TextField(blank=True)
