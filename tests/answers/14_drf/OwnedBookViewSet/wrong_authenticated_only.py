"""Wrong: IsAuthenticated refuses anonymous reads too, so anyone who is not signed in cannot even list the books."""
class OwnedBookViewSet(viewsets.ModelViewSet):
    """Books: anyone reads; signed-in users write, and own what they create."""
    queryset = Book.objects.order_by("title")
    serializer_class = BookSerializer
    permission_classes = [permissions.IsAuthenticated]

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
