"""Right, differently: finds the one account with that address, then lets ModelBackend's own authenticate() check it under its username (hash, is_active, timing)."""
from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    """Log users in with their email address (any letter case) typed into the username field."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None:
            return None
        matches = list(User._default_manager.filter(email__iexact=username)[:2])
        if len(matches) != 1:
            return None
        return super().authenticate(request, username=matches[0].get_username(), password=password)
