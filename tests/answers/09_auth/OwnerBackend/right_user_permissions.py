"""Right, differently: returns the permissions from get_user_permissions(), which BaseBackend.has_perm() looks the asked permission up in."""
from django.contrib.auth.backends import BaseBackend, ModelBackend

NOTE_PERMS = {"notebook.view_note", "notebook.change_note", "notebook.delete_note"}


class OwnerBackend(BaseBackend):
    """Object-level permissions: a note's owner may view, change and delete it."""

    def get_user_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or not isinstance(obj, Note):
            return set()
        if obj.owner_id == user_obj.pk:
            return set(NOTE_PERMS)
        return NOTE_PERMS & ModelBackend().get_all_permissions(user_obj)
