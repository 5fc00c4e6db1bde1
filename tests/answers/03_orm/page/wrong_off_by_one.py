"""Treats page numbers as starting at 0, so page 1 is the second page."""
def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    start = number * size
    return [book.title for book in qs[start:start + size]], qs.count()
