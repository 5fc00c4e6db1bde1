"""Counts in the database but slices a list of every title: the page query has no LIMIT."""
def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    start = (number - 1) * size
    titles = [book.title for book in qs.all()][start:start + size]
    return titles, qs.count()
