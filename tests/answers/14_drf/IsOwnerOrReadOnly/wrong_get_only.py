"""Wrong: treats only GET as a read, so an anonymous HEAD or OPTIONS (safe methods, reads too) gets 403."""
class IsOwnerOrReadOnly(permissions.BasePermission):
    """Reads for anyone; creating for signed-in users; changing and deleting for the book's owner."""
    def has_permission(self, request, view):
        return request.method == "GET" or request.user.is_authenticated

    def has_object_permission(self, request, view, obj):
        if request.method == "GET":
            return True
        return obj.owner == request.user
