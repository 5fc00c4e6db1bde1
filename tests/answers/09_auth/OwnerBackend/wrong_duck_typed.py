"""Wrong: takes any object with an owner_id for a note (no isinstance check), so a model-wide note permission also counts on objects that are not notes."""
from django.contrib.auth.backends import BaseBackend, ModelBackend


class OwnerBackend(BaseBackend):
    """Object-level permissions: a note's owner may view, change and delete it."""

    def has_perm(self, user_obj, perm, obj=None):
        if obj is None or not user_obj.is_active:
            return False
        if perm not in {"notebook.view_note", "notebook.change_note", "notebook.delete_note"}:
            return False
        return getattr(obj, "owner_id", None) == user_obj.pk or ModelBackend().has_perm(user_obj, perm)
