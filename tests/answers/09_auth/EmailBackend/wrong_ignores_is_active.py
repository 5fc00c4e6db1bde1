"""Wrong: checks the password but not user_can_authenticate(), so an inactive user logs in by email."""
from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    """Log users in with their email address (any letter case) typed into the username field."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        try:
            user = User._default_manager.get(email__iexact=username)
        except (User.DoesNotExist, User.MultipleObjectsReturned):
            return None
        if user.check_password(password):
            return user
        return None
