"""Wrong: compares owner_id with request.user.id and checks nothing else: an anonymous client's id is None, like an ownerless book's owner_id, and it may create books."""
class IsOwnerOrReadOnly(permissions.BasePermission):
    """Reads for anyone; creating for signed-in users; changing and deleting for the book's owner."""
    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        return obj.owner_id == request.user.id
