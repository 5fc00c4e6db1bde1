"""Right, differently: a BaseBackend with its own get_user(), at most two rows fetched to tell one match from a shared address, and is_active checked by hand."""
from django.contrib.auth.backends import BaseBackend


class EmailBackend(BaseBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None or "@" not in username:
            return None
        users = list(User._default_manager.filter(email__iexact=username)[:2])
        if len(users) != 1:
            User().set_password(password)
            return None
        user = users[0]
        if getattr(user, "is_active", True) and user.check_password(password):
            return user
        return None

    def get_user(self, user_id):
        user = User._default_manager.filter(pk=user_id).first()
        return user if user is not None and user.is_active else None
