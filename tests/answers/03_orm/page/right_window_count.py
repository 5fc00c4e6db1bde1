"""Right, written differently: one query for the page and the total (COUNT(*) OVER () on each row), and a COUNT(*) only when the page is empty."""
from django.db.models import Count, Window


def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    start = (number - 1) * size
    rows = list(qs.annotate(total_rows=Window(Count("pk")))[start:start + size])
    if rows:
        return [book.title for book in rows], rows[0].total_rows
    return [], qs.count()
