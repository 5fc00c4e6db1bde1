"""Wrong: values() loads only what is needed, but returns dicts: no book.title, no model methods."""
def book_cards():
    """Return the books by title for a listing: title and author name loaded, body not, lazy loads blocked."""
    return Book.objects.order_by("title").values("title", "author__name")
