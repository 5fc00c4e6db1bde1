"""Wrong: no list_filter; ?published__exact=1 still filters by URL, but the changelist has no filter sidebar."""
class BookListAdmin(admin.ModelAdmin):
    """The changelist of books: title, author's name, price, published; filters; search; no N+1."""
    list_display = ["title", "author_name", "price", "published"]
    search_fields = ["title", "author__name"]
    list_select_related = ["author"]

    @admin.display(description="Author", ordering="author__name")
    def author_name(self, book):
        return book.author.name
