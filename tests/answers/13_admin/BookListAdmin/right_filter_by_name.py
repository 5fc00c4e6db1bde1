"""Right: filters by the author's name (a list of names in the sidebar) and names the join as a tuple."""
class BookListAdmin(admin.ModelAdmin):
    """The changelist of books: title, author's name, price, published; filters; search; no N+1."""
    list_display = ["title", "author_name", "price", "published"]
    list_filter = ["published", "author__name"]
    search_fields = ["title", "author__name"]
    list_select_related = ("author",)

    @admin.display(description="Author", ordering="author__name")
    def author_name(self, book):
        return book.author.name
