"""Wrong: FETCH_PEERS batches the author loads, but that is 2 queries, and the body is still fetched on demand."""
def book_cards():
    """Return the books by title for a listing: title and author name loaded, body not, lazy loads blocked."""
    return Book.objects.only("title", "author").order_by("title").fetch_mode(models.FETCH_PEERS)
