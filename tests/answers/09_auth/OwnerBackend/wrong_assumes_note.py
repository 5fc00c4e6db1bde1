"""Wrong: reads obj.owner_id on any object, so has_perm() with an object that is not a Note (a user, say) raises AttributeError."""
from django.contrib.auth.backends import BaseBackend, ModelBackend


class OwnerBackend(BaseBackend):
    """Object-level permissions: a note's owner may view, change and delete it."""

    def has_perm(self, user_obj, perm, obj=None):
        if obj is None or not user_obj.is_active:
            return False
        if perm not in {"notebook.view_note", "notebook.change_note", "notebook.delete_note"}:
            return False
        return obj.owner_id == user_obj.pk or ModelBackend().has_perm(user_obj, perm)
