"""Wrong (the anti-pattern): checks only that the user is signed in (has_permission), never whose book it is, so Bob changes Alice's book."""
class IsOwnerOrReadOnly(permissions.BasePermission):
    """Reads for anyone; creating for signed-in users; changing and deleting for the book's owner."""
    def has_permission(self, request, view):
        return request.method in permissions.SAFE_METHODS or request.user.is_authenticated
