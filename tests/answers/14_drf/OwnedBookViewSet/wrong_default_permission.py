"""Wrong (the anti-pattern): no permission_classes, so the default AllowAny lets an anonymous client create, change and delete books."""
class OwnedBookViewSet(viewsets.ModelViewSet):
    """Books: anyone reads; signed-in users write, and own what they create."""
    queryset = Book.objects.order_by("title")
    serializer_class = BookSerializer

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
