"""Counts Book.objects instead of qs: the total ignores the caller's filter."""
def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    start = (number - 1) * size
    return [book.title for book in qs[start:start + size]], Book.objects.count()
