"""Wrong: page_size is 5 and max_page_size 3, the two numbers swapped, so a page holds 5 books by default and ?size=4 gives 3."""
class PagedBookList(generics.ListAPIView):
    """All books by title, 3 a page, ?size= up to 5."""
    class Pages(PageNumberPagination):
        page_size = 5
        page_size_query_param = "size"
        max_page_size = 3

    queryset = Book.objects.order_by("title")
    serializer_class = BookSerializer
    pagination_class = Pages
