"""Wrong: dodges the N+1 by showing the author's key under the header "Author", not the author's name."""
class BookListAdmin(admin.ModelAdmin):
    """The changelist of books: title, author's name, price, published; filters; search; no N+1."""
    list_display = ["title", "author_key", "price", "published"]
    list_filter = ["published", "author"]
    search_fields = ["title", "author__name"]

    @admin.display(description="Author", ordering="author__name")
    def author_key(self, book):
        return book.author_id
