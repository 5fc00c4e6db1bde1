"""Right, written differently: a module-level paginator class and GenericAPIView with list() written out."""
class TitlePages(PageNumberPagination):
    page_size = 3
    page_size_query_param = "size"
    max_page_size = 5


class PagedBookList(generics.GenericAPIView):
    """All books by title, 3 a page, ?size= up to 5."""
    serializer_class = BookSerializer
    pagination_class = TitlePages

    def get_queryset(self):
        return Book.objects.order_by("title", "pk")

    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(self.get_serializer(page, many=True).data)
