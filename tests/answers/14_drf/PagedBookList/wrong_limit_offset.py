"""Wrong: LimitOffsetPagination has a default size of 3 and a cap of 5, but reads ?limit= and ?offset=, so ?size= and ?page= are ignored."""
class PagedBookList(generics.ListAPIView):
    """All books by title, 3 a page, ?size= up to 5."""
    class Pages(LimitOffsetPagination):
        default_limit = 3
        max_limit = 5

    queryset = Book.objects.order_by("title")
    serializer_class = BookSerializer
    pagination_class = Pages
