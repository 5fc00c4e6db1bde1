"""Wrong: one query and no body, but touching book.body quietly runs a query per book instead of failing."""
def book_cards():
    """Return the books by title for a listing: title and author name loaded, body not, lazy loads blocked."""
    return Book.objects.select_related("author").only("title", "author__name").order_by("title")
