"""Right, written differently: GenericViewSet with the five mixins, the safe methods checked by hand, and the owner passed in create()."""
from rest_framework import mixins


class SignedInWrites(permissions.BasePermission):
    def has_permission(self, request, view):
        return request.method in permissions.SAFE_METHODS or bool(request.user and request.user.is_authenticated)


class OwnedBookViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                       mixins.UpdateModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet):
    """Books: anyone reads; signed-in users write, and own what they create."""
    queryset = Book.objects.order_by("title")
    serializer_class = BookSerializer
    permission_classes = [SignedInWrites]

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save(owner=request.user)
        return Response(serializer.data, status=201)
