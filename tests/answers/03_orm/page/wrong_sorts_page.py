"""Sorts the page's titles alphabetically: the caller's ordering (newest first, say) is lost."""
def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    start = (number - 1) * size
    return sorted(book.title for book in qs[start:start + size]), qs.count()
