"""Wrong: its own get_page_size() caps ?size= at 5 but lets 0 through, and a page size of 0 switches pagination off: ?size=0 returns the whole table."""
class PagedBookList(generics.ListAPIView):
    """All books by title, 3 a page, ?size= up to 5."""
    class Pages(PageNumberPagination):
        page_size = 3

        def get_page_size(self, request):
            try:
                return min(int(request.query_params["size"]), 5)
            except (KeyError, ValueError):
                return self.page_size

    queryset = Book.objects.order_by("title")
    serializer_class = BookSerializer
    pagination_class = Pages
