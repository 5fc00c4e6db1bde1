"""Paginates by hand with Paginator.get_page(), which forgives: ?page=9 and ?page=abc give a page (the last, the
first) with 200 instead of a 404, and ?page=last gives page 1."""
from django.core.paginator import Paginator


class BookListView(JSONResponseMixin, ListView):
    """The books by year, then title, 3 a page, as JSON."""

    model = Book
    ordering = ["year", "title"]

    def get_data(self, context):
        page = Paginator(context["object_list"], 3).get_page(self.request.GET.get("page"))
        return {"page": page.number, "pages": page.paginator.num_pages, "books": [book.title for book in page]}
