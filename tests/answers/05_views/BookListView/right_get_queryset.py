"""Right: get_queryset() orders the books (with pk last, so the order is total), and the page data comes from the
context keys paginator and object_list."""


class BookListView(JSONResponseMixin, ListView):
    """The books by year, then title, 3 a page, as JSON."""

    paginate_by = 3

    def get_queryset(self):
        return Book.objects.order_by("year", "title", "pk")

    def get_data(self, context):
        return {
            "page": context["page_obj"].number,
            "pages": context["paginator"].num_pages,
            "books": list(context["object_list"].values_list("title", flat=True)),
        }
