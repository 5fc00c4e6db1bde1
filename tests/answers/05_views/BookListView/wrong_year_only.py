"""Orders by year only: two books of 1969 tie, the database may return them in either order, and one of them can
show up on two pages or on none (here Ubik comes before Slaughterhouse-Five)."""


class BookListView(JSONResponseMixin, ListView):
    """The books by year, then title, 3 a page, as JSON."""

    model = Book
    ordering = "year"
    paginate_by = 3

    def get_data(self, context):
        page = context["page_obj"]
        return {"page": page.number, "pages": page.paginator.num_pages, "books": [book.title for book in page]}
