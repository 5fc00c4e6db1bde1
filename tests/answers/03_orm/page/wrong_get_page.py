"""Uses Paginator.get_page(): past the end it returns the last page instead of no titles."""
from django.core.paginator import Paginator


def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    paginator = Paginator(qs, size)
    return [book.title for book in paginator.get_page(number)], paginator.count
