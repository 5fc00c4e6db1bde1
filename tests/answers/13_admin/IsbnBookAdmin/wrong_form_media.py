"""Wrong: the Media of the form reaches the change form only, not the changelist."""
class IsbnBookAdmin(admin.ModelAdmin):
    """Books, with books/isbn.js on their pages."""
    class form(forms.ModelForm):
        class Media:
            js = ["books/isbn.js"]
