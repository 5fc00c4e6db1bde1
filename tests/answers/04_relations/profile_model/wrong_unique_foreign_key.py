"""Wrong: ForeignKey(unique=True) refuses a second profile, but user.profile is still a manager, not the profile (system check fields.W342 says to use a OneToOneField)."""
class Profile(models.Model):
    """A user's profile: one per user, user.profile, deleted with its user."""
    user = models.ForeignKey(User, on_delete=models.CASCADE, unique=True, related_name="profile")
    bio = models.TextField(blank=True)
