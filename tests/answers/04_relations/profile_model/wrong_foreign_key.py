"""Wrong: a ForeignKey allows many profiles per user, and user.profile is then a manager, not the profile."""
class Profile(models.Model):
    """A user's profile: one per user, user.profile, deleted with its user."""
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="profile")
    bio = models.TextField(blank=True)
