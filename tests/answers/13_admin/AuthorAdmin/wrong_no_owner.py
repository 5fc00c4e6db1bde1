"""Wrong: the inline saves new books without an owner, which the database refuses (owner is required)."""
class BookRows(admin.TabularInline):
    """The author's books, as table rows."""
    model = Book
    fields = ["title", "price", "published"]
    readonly_fields = ["published"]
    extra = 0


class AuthorAdmin(admin.ModelAdmin):
    """An author, with their books inline."""
    inlines = [BookRows]
