"""Wrong: PROTECT refuses to delete a user who has a profile (ProtectedError) instead of deleting both."""
class Profile(models.Model):
    """A user's profile: one per user, user.profile, deleted with its user."""
    user = models.OneToOneField(User, on_delete=models.PROTECT, related_name="profile")
    bio = models.TextField(blank=True)
