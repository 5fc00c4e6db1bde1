"""Right, written differently: an unordered queryset ordered by OrderingFilter's default ordering before it is paginated."""
from rest_framework.filters import OrderingFilter


class PagedBookList(generics.ListAPIView):
    """All books by title, 3 a page, ?size= up to 5."""
    class Pages(PageNumberPagination):
        page_size = 3
        page_size_query_param = "size"
        max_page_size = 5

    queryset = Book.objects.all()
    serializer_class = BookSerializer
    pagination_class = Pages
    filter_backends = [OrderingFilter]
    ordering = ["title"]
