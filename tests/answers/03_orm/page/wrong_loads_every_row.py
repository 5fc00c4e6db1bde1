"""Loads every row to slice and count them in Python: one query, but the whole table comes into memory."""
def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    books = list(qs)
    start = (number - 1) * size
    return [book.title for book in books[start:start + size]], len(books)
