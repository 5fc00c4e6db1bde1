"""Wrong: the default extra = 3 adds three blank rows to every author's page."""
class BookRows(admin.TabularInline):
    """The author's books, as table rows."""
    model = Book
    fields = ["title", "price", "published"]
    readonly_fields = ["published"]


class AuthorAdmin(admin.ModelAdmin):
    """An author, with their books inline."""
    inlines = [BookRows]

    def save_formset(self, request, form, formset, change):
        for book in formset.save(commit=False):
            if not book.owner_id:
                book.owner = request.user
            book.save()
        for book in formset.deleted_objects:
            book.delete()
