"""Wrong: never checks is_active, so an owner whose account was deactivated keeps every permission on her notes."""
from django.contrib.auth.backends import BaseBackend, ModelBackend


class OwnerBackend(BaseBackend):
    """Object-level permissions: a note's owner may view, change and delete it."""

    def has_perm(self, user_obj, perm, obj=None):
        if not isinstance(obj, Note):
            return False
        if perm not in {"notebook.view_note", "notebook.change_note", "notebook.delete_note"}:
            return False
        return obj.owner_id == user_obj.pk or ModelBackend().has_perm(user_obj, perm)
