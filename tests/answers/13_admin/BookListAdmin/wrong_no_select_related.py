"""Wrong (the anti-pattern): a method that reads book.author.name with no list_select_related runs a query per row."""
class BookListAdmin(admin.ModelAdmin):
    """The changelist of books: title, author's name, price, published; filters; search; no N+1."""
    list_display = ["title", "author_name", "price", "published"]
    list_filter = ["published", "author"]
    search_fields = ["title", "author__name"]

    @admin.display(description="Author", ordering="author__name")
    def author_name(self, book):
        return book.author.name
