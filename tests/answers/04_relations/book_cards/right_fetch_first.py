"""Right, differently: fetch_mode() first, then defer() the body and the author's country key instead of listing what to load."""
def book_cards():
    """Return the books by title for a listing: title and author name loaded, body not, lazy loads blocked."""
    books = Book.objects.fetch_mode(models.FETCH_RAISE).select_related("author").defer("body", "author__country")
    return books.order_by("title")
