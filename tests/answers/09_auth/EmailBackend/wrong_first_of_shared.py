"""Wrong: takes the first account with that address, so an address two accounts share logs one of them in (whichever the database returns first)."""
from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    """Log users in with their email address (any letter case) typed into the username field."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user = User._default_manager.filter(email__iexact=username).order_by("pk").first()
        if user is not None and user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
