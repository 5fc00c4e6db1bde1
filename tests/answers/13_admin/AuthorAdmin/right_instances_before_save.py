"""Right: sets the owner on each new form's instance, then lets the default save_formset save them."""
class BookRows(admin.TabularInline):
    """The author's books, as table rows."""
    model = Book
    fields = ("title", "price", "published")
    readonly_fields = ("published",)
    extra = 0


class AuthorAdmin(admin.ModelAdmin):
    """An author, with their books inline."""
    inlines = (BookRows,)

    def save_formset(self, request, form, formset, change):
        for book_form in formset.forms:
            if book_form.instance.pk is None:
                book_form.instance.owner = request.user
        super().save_formset(request, form, formset, change)
