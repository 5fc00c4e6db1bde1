"""Wrong (the anti-pattern): ?size= with no max_page_size, so a client can ask for the whole table in one page."""
class PagedBookList(generics.ListAPIView):
    """All books by title, 3 a page, ?size= up to 5."""
    class Pages(PageNumberPagination):
        page_size = 3
        page_size_query_param = "size"

    queryset = Book.objects.order_by("title")
    serializer_class = BookSerializer
    pagination_class = Pages
