"""Wrong: answers "is this note yours?" instead of the permission asked, so an owner gets every permission on it, add_note and other models' permissions included."""
from django.contrib.auth.backends import BaseBackend, ModelBackend


class OwnerBackend(BaseBackend):
    """Object-level permissions: a note's owner may view, change and delete it."""

    def has_perm(self, user_obj, perm, obj=None):
        if not isinstance(obj, Note) or not user_obj.is_active:
            return False
        return obj.owner_id == user_obj.pk or ModelBackend().has_perm(user_obj, perm)
