"""Wrong: only owners get the permissions on a note; ModelBackend says no for any object, so a user who holds change_note for every note loses it on each note."""
from django.contrib.auth.backends import BaseBackend


class OwnerBackend(BaseBackend):
    """Object-level permissions: a note's owner may view, change and delete it."""

    def has_perm(self, user_obj, perm, obj=None):
        if not isinstance(obj, Note) or not user_obj.is_active:
            return False
        return perm in {"notebook.view_note", "notebook.change_note", "notebook.delete_note"} and obj.owner_id == user_obj.pk
