"""Wrong: compares only the codename (perm.split('.')[-1]), so the owner gets "otherapp.change_note", a permission of another app, on her note."""
from django.contrib.auth.backends import BaseBackend, ModelBackend


class OwnerBackend(BaseBackend):
    def has_perm(self, user_obj, perm, obj=None):
        if not isinstance(obj, Note) or not user_obj.is_active:
            return False
        if perm.split(".")[-1] not in {"view_note", "change_note", "delete_note"}:
            return False
        return obj.owner_id == user_obj.pk or ModelBackend().has_perm(user_obj, perm)
