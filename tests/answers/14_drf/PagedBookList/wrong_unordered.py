"""Wrong: paginates an unordered queryset, so pages may repeat or skip rows, and Django's paginator warns (UnorderedObjectListWarning)."""
class PagedBookList(generics.ListAPIView):
    """All books by title, 3 a page, ?size= up to 5."""
    class Pages(PageNumberPagination):
        page_size = 3
        page_size_query_param = "size"
        max_page_size = 5

    queryset = Book.objects.all()
    serializer_class = BookSerializer
    pagination_class = Pages
