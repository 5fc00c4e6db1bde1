"""Right: a media property that adds the script to the ModelAdmin's own media."""
class IsbnBookAdmin(admin.ModelAdmin):
    """Books, with books/isbn.js on their pages."""

    @property
    def media(self):
        return super().media + forms.Media(js=["books/isbn.js"])
