"""Puts JSONResponseMixin right of ListView: TemplateResponseMixin.render_to_response() comes first in the MRO, so the
view looks for the template notebook/book_list.html and fails (TemplateDoesNotExist, a 500)."""


class BookListView(ListView, JSONResponseMixin):
    """The books by year, then title, 3 a page, as JSON."""

    model = Book
    ordering = ["year", "title"]
    paginate_by = 3

    def get_data(self, context):
        page = context["page_obj"]
        return {"page": page.number, "pages": page.paginator.num_pages, "books": [book.title for book in page]}
