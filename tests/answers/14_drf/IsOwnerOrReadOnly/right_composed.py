"""Right, written differently: compares the objects (AnonymousUser equals no user) and lets the object check rely on has_permission for anonymous writes."""
class IsOwnerOrReadOnly(permissions.IsAuthenticatedOrReadOnly):
    """Reads for anyone; creating for signed-in users; changing and deleting for the book's owner."""
    def has_object_permission(self, request, view, obj):
        return request.method in permissions.SAFE_METHODS or obj.owner == request.user
