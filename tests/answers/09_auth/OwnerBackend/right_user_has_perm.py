"""Right, differently: a set of the three permissions, an exact type check, and the model-wide answer from user_obj.has_perm(perm), which asks every backend without an object."""
from django.contrib.auth.backends import BaseBackend


class OwnerBackend(BaseBackend):
    OWNER_PERMS = frozenset({"notebook.view_note", "notebook.change_note", "notebook.delete_note"})

    def has_perm(self, user_obj, perm, obj=None):
        if perm not in self.OWNER_PERMS or type(obj) is not Note or not user_obj.is_active:
            return False
        return obj.owner == user_obj or user_obj.has_perm(perm)
