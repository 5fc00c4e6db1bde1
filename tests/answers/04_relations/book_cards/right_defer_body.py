"""Right, differently: defer() the one large column instead of only() listing what to load."""
def book_cards():
    """Return the books by title for a listing: title and author name loaded, body not, lazy loads blocked."""
    books = Book.objects.defer("body").select_related("author")
    return books.fetch_mode(models.FETCH_RAISE).order_by("title")
