"""Wrong: sets the owner on every save, so a PATCH by another user takes the book over."""
class OwnedBookViewSet(viewsets.ModelViewSet):
    """Books: anyone reads; signed-in users write, and own what they create."""
    queryset = Book.objects.order_by("title")
    serializer_class = BookSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)

    def perform_update(self, serializer):
        serializer.save(owner=self.request.user)
