"""Wrong: raises PermissionDenied for a user who does not own the note, which stops has_perm() there, so an editor who holds change_note for every note is refused too."""
from django.contrib.auth.backends import BaseBackend
from django.core.exceptions import PermissionDenied


class OwnerBackend(BaseBackend):
    """Object-level permissions: a note's owner may view, change and delete it."""

    def has_perm(self, user_obj, perm, obj=None):
        if not isinstance(obj, Note) or not user_obj.is_active:
            return False
        if perm not in {"notebook.view_note", "notebook.change_note", "notebook.delete_note"}:
            return False
        if obj.owner_id != user_obj.pk:
            raise PermissionDenied
        return True
