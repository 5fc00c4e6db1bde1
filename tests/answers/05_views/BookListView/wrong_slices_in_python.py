"""Paginates in Python, the anti-pattern of section 5: it loads every book (one query returning all the rows) and
slices the list, so the cost grows with the table, not with the page."""
from django.http import Http404


class BookListView(JSONResponseMixin, ListView):
    """The books by year, then title, 3 a page, as JSON."""

    model = Book
    ordering = ["year", "title"]

    def get_data(self, context):
        books = list(context["object_list"])
        pages = max(1, -(-len(books) // 3))
        raw = self.request.GET.get("page", "1")
        number = pages if raw == "last" else int(raw) if raw.isdigit() else 0
        if not 1 <= number <= pages:
            raise Http404("no such page")
        return {"page": number, "pages": pages, "books": [book.title for book in books[(number - 1) * 3:number * 3]]}
