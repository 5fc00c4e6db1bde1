"""Sorts the books in Python and lets ListView paginate the list: every request loads the whole table (one query,
all the rows), so a page costs as much as the table, not as one page."""


class BookListView(JSONResponseMixin, ListView):
    """The books by year, then title, 3 a page, as JSON."""

    paginate_by = 3

    def get_queryset(self):
        return sorted(Book.objects.all(), key=lambda book: (book.year, book.title))

    def get_data(self, context):
        page = context["page_obj"]
        return {"page": page.number, "pages": page.paginator.num_pages, "books": [book.title for book in page]}
