"""Wrong: looks the address up with an exact match, so EVE@EXAMPLE.COM does not find Eve@Example.com."""
from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    """Log users in with their email address (any letter case) typed into the username field."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        try:
            user = User._default_manager.get(email=username)
        except (User.DoesNotExist, User.MultipleObjectsReturned):
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
