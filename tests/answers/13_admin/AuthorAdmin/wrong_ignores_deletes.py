"""Wrong: save_formset saves the changed and new rows but never deletes the rows ticked Delete."""
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
            if book.pk is None:
                book.owner = request.user
            book.save()
