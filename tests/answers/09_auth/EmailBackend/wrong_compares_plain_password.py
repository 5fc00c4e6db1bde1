"""Wrong: compares the typed password with the stored value using ==, but the column holds a salted hash, so the right password never matches."""
from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    """Log users in with their email address (any letter case) typed into the username field."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        try:
            user = User._default_manager.get(email__iexact=username)
        except (User.DoesNotExist, User.MultipleObjectsReturned):
            return None
        if user.password == password and self.user_can_authenticate(user):
            return user
        return None
