"""Wrong: raises PermissionDenied when no email matches, which stops the whole chain: ModelBackend is never asked, so logging in with a username fails."""
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied


class EmailBackend(ModelBackend):
    """Log users in with their email address (any letter case) typed into the username field."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        try:
            user = User._default_manager.get(email__iexact=username)
        except (User.DoesNotExist, User.MultipleObjectsReturned):
            raise PermissionDenied
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
