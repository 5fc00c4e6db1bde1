"""Wrong: search_fields names the foreign key itself; icontains on a relation is an error, so ?q= fails."""
class BookListAdmin(admin.ModelAdmin):
    """The changelist of books: title, author's name, price, published; filters; search; no N+1."""
    list_display = ["title", "author_name", "price", "published"]
    list_filter = ["published", "author"]
    search_fields = ["title", "author"]
    list_select_related = ["author"]

    @admin.display(description="Author", ordering="author__name")
    def author_name(self, book):
        return book.author.name
