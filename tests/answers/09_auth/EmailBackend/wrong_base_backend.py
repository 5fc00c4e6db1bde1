"""Wrong: authenticate() is right, but the class extends BaseBackend, whose get_user() returns None: the login does not last, and the next request is anonymous."""
from django.contrib.auth.backends import BaseBackend


class EmailBackend(BaseBackend):
    """Log users in with their email address (any letter case) typed into the username field."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        try:
            user = User._default_manager.get(email__iexact=username)
        except (User.DoesNotExist, User.MultipleObjectsReturned):
            return None
        if user.check_password(password) and user.is_active:
            return user
        return None
