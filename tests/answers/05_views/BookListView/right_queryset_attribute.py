"""Right: an ordered queryset attribute instead of model and ordering (ListView calls .all() on it for each request),
and the page count read from the paginator in the context."""


class BookListView(JSONResponseMixin, ListView):
    """The books by year, then title, 3 a page, as JSON."""

    queryset = Book.objects.order_by("year", "title")
    paginate_by = 3

    def get_data(self, context):
        return {
            "page": context["page_obj"].number,
            "pages": context["paginator"].num_pages,
            "books": [book.title for book in context["object_list"]],
        }
