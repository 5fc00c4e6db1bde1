"""Right, differently: the one-to-one is also the primary key (as multi-table inheritance does), so the profile shares the user's id."""
class Profile(models.Model):
    """A user's profile: one per user, user.profile, deleted with its user."""
    user = models.OneToOneField(User, on_delete=models.CASCADE, primary_key=True, related_name="profile")
    bio = models.TextField(blank=True)
