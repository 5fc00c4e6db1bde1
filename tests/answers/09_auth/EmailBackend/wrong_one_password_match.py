"""Wrong: of the accounts sharing an address, logs in the one whose password matches; a shared address must log in neither (the address does not say who is typing)."""
from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        matching = [u for u in User._default_manager.filter(email__iexact=username)
                    if u.check_password(password) and self.user_can_authenticate(u)]
        return matching[0] if len(matching) == 1 else None
