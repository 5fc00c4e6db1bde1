"""Wrong: raises PermissionDenied when an address matches but the password does not, so a username that is another account's address can never log in (ModelBackend is not asked)."""
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied


class EmailBackend(ModelBackend):
    """Log users in with their email address (any letter case) typed into the username field."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        try:
            user = User._default_manager.get(email__iexact=username)
        except (User.DoesNotExist, User.MultipleObjectsReturned):
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        raise PermissionDenied  # "the address is known, the password is wrong": stops every later backend
