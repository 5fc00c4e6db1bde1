"""Wrong (the seed's "js parameter"): a js attribute on the ModelAdmin is ignored; files go in class Media."""
class IsbnBookAdmin(admin.ModelAdmin):
    """Books, with books/isbn.js on their pages."""
    js = ["books/isbn.js"]
