"""Wrong: the permission is right but nothing sets the owner; owner is read-only in BookSerializer, so new books have no owner."""
class OwnedBookViewSet(viewsets.ModelViewSet):
    """Books: anyone reads; signed-in users write, and own what they create."""
    queryset = Book.objects.order_by("title")
    serializer_class = BookSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]
