"""Right: get_queryset joins the author, and the column is a module-level function with its display options."""
@admin.display(description="Author", ordering="author__name")
def author_column(book):
    return book.author.name


class BookListAdmin(admin.ModelAdmin):
    """The changelist of books: title, author's name, price, published; filters; search; no N+1."""
    list_display = ("title", author_column, "price", "published")
    list_filter = ("published", "author")
    search_fields = ("title", "author__name")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")
