"""Right, written differently: Django's Paginator runs the same COUNT(*) and LIMIT/OFFSET queries."""
from django.core.paginator import EmptyPage, Paginator


def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    paginator = Paginator(qs, size)
    try:
        rows = paginator.page(number).object_list
    except EmptyPage:
        return [], paginator.count
    return [book.title for book in rows], paginator.count
