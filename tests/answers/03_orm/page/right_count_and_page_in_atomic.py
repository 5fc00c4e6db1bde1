"""Right, written differently: the COUNT(*) and the page in one transaction, so the total and the page agree."""
from django.db import transaction


def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    start = (number - 1) * size
    with transaction.atomic():
        total = qs.count()
        titles = list(qs.values_list("title", flat=True)[start:start + size])
    return titles, total
