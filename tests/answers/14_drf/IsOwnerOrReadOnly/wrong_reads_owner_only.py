"""Wrong: forgets the safe methods, so only the owner may even read a book: Bob's GET of Alice's book is a 403."""
class IsOwnerOrReadOnly(permissions.BasePermission):
    """Reads for anyone; creating for signed-in users; changing and deleting for the book's owner."""
    def has_permission(self, request, view):
        return request.method in permissions.SAFE_METHODS or request.user.is_authenticated

    def has_object_permission(self, request, view, obj):
        return obj.owner == request.user
