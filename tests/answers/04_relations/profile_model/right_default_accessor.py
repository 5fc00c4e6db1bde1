"""Right, differently: no related_name; a one-to-one's default reverse accessor is the model name, `profile`."""
class Profile(models.Model):
    """A user's profile: one per user, user.profile, deleted with its user."""
    user = models.OneToOneField(User, models.CASCADE)
    bio = models.TextField(default="", blank=True)
