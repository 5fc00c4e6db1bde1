"""Wrong: asks only for the group permissions, so a user who holds change_note directly (user_permissions) loses it on every note."""
from django.contrib.auth.backends import BaseBackend, ModelBackend

NOTE_PERMS = {"notebook.view_note", "notebook.change_note", "notebook.delete_note"}


class OwnerBackend(BaseBackend):
    def has_perm(self, user_obj, perm, obj=None):
        if not isinstance(obj, Note) or not user_obj.is_active or perm not in NOTE_PERMS:
            return False
        return obj.owner_id == user_obj.pk or perm in ModelBackend().get_group_permissions(user_obj)
