"""Wrong: FETCH_RAISE without select_related: reading book.author itself is blocked."""
def book_cards():
    """Return the books by title for a listing: title and author name loaded, body not, lazy loads blocked."""
    return Book.objects.only("title", "author").order_by("title").fetch_mode(models.FETCH_RAISE)
