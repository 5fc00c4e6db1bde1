"""Wrong: select_related() with no arguments joins the author (the only non-null key), but Django 6.1 deprecates that form: name the relation."""
def book_cards():
    """Return the books by title for a listing: title and author name loaded, body not, lazy loads blocked."""
    books = Book.objects.select_related().only("title", "author__name")
    return books.fetch_mode(models.FETCH_RAISE).order_by("title")
