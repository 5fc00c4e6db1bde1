"""Counts the pages by hand as count // 3 + 1: one page too many whenever the count is a multiple of 3 (12 books)."""
class BookListView(JSONResponseMixin, ListView):
    model = Book
    ordering = ["year", "title"]
    paginate_by = 3

    def get_data(self, context):
        page = context["page_obj"]
        return {"page": page.number, "pages": page.paginator.count // 3 + 1, "books": [b.title for b in context["object_list"]]}
