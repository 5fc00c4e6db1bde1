"""Right, differently: DB_CASCADE (6.1) lets the database delete the profile with its user (ON DELETE CASCADE); no delete signals for it."""
class Profile(models.Model):
    """A user's profile: one per user, user.profile, deleted with its user."""
    user = models.OneToOneField(User, on_delete=models.DB_CASCADE, related_name="profile")
    bio = models.TextField(default="", blank=True)
