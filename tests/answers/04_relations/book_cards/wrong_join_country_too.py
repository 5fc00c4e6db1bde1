"""Wrong: one query, no body, lazy loads blocked, but it also joins the author's country, which the card does not show."""
def book_cards():
    """Return the books by title for a listing: title and author name loaded, body not, lazy loads blocked."""
    return Book.objects.select_related("author__country").defer("body").order_by("title").fetch_mode(models.FETCH_RAISE)
