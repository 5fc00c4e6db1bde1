"""Wrong: its get_user() returns inactive users, so a user deactivated after an email login stays logged in."""
from django.contrib.auth.backends import BaseBackend


class EmailBackend(BaseBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None:
            return None
        matches = list(User._default_manager.filter(email__iexact=username)[:2])
        if len(matches) != 1:
            return None
        user = matches[0]
        if user.is_active and user.check_password(password):
            return user
        return None

    def get_user(self, user_id):
        return User._default_manager.filter(pk=user_id).first()
