"""Right, differently: fetches at most two matching accounts and goes on only when there is exactly one, instead of catching get()'s exceptions."""
from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    """Log users in with their email address (any letter case) typed into the username field."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None:
            return None
        matches = list(User._default_manager.filter(email__iexact=username)[:2])
        if len(matches) != 1:
            User().set_password(password)  # as much work as a real check
            return None
        user = matches[0]
        return user if user.check_password(password) and self.user_can_authenticate(user) else None
