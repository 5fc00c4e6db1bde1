"""Wrong: the Author column has no ordering, so the database cannot sort by it and ?o=2 is ignored."""
class BookListAdmin(admin.ModelAdmin):
    """The changelist of books: title, author's name, price, published; filters; search; no N+1."""
    list_display = ["title", "author_name", "price", "published"]
    list_filter = ["published", "author"]
    search_fields = ["title", "author__name"]
    list_select_related = ["author"]

    @admin.display(description="Author")
    def author_name(self, book):
        return book.author.name
