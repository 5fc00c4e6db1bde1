"""Right, written differently: no queryset attribute (get_queryset() instead) and permissions chosen per action in get_permissions()."""
class OwnedBookViewSet(viewsets.ModelViewSet):
    """Books: anyone reads; signed-in users write, and own what they create."""
    serializer_class = BookSerializer

    def get_queryset(self):
        return Book.objects.order_by("title")

    def get_permissions(self):
        if self.action in ("list", "retrieve"):
            return [permissions.AllowAny()]
        return [permissions.IsAuthenticated()]

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
