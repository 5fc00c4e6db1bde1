"""Wrong: the seed's claim that OneToOneField needs only the model class: since Django 2.0 it is a TypeError."""
class Profile(models.Model):
    """A user's profile: one per user, user.profile, deleted with its user."""
    user = models.OneToOneField(User, related_name="profile")
    bio = models.TextField(blank=True)
