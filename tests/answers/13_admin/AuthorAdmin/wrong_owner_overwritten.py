"""Wrong: sets the owner of every saved row, so editing a price hands another editor's book to whoever saved."""
class BookRows(admin.TabularInline):
    """The author's books, as table rows."""
    model = Book
    fields = ["title", "price", "published"]
    readonly_fields = ["published"]
    extra = 0


class AuthorAdmin(admin.ModelAdmin):
    """An author, with their books inline."""
    inlines = [BookRows]

    def save_formset(self, request, form, formset, change):
        for book in formset.save(commit=False):
            book.owner = request.user
            book.save()
        for book in formset.deleted_objects:
            book.delete()
