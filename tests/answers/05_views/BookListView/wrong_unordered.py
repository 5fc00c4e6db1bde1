"""Paginates an unordered QuerySet and sorts each page in Python: Paginator warns (UnorderedObjectListWarning), and
the pages are slices of whatever order the database returns, not of the sorted list."""


class BookListView(JSONResponseMixin, ListView):
    """The books by year, then title, 3 a page, as JSON."""

    model = Book
    paginate_by = 3

    def get_data(self, context):
        page = context["page_obj"]
        books = sorted(page, key=lambda book: (book.year, book.title))
        return {"page": page.number, "pages": page.paginator.num_pages, "books": [book.title for book in books]}
