"""Wrong: an empty list_select_related is falsy, so nothing is joined and the method still queries per row."""
class BookListAdmin(admin.ModelAdmin):
    """The changelist of books: title, author's name, price, published; filters; search; no N+1."""
    list_display = ["title", "author_name", "price", "published"]
    list_filter = ["published", "author"]
    search_fields = ["title", "author__name"]
    list_select_related = []

    @admin.display(description="Author", ordering="author__name")
    def author_name(self, book):
        return book.author.name
