"""Wrong: SET_NULL keeps an orphan profile when its user is deleted."""
class Profile(models.Model):
    """A user's profile: one per user, user.profile, deleted with its user."""
    user = models.OneToOneField(User, on_delete=models.SET_NULL, null=True, related_name="profile")
    bio = models.TextField(blank=True)
