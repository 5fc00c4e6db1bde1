"""Merges with chain() and re-queries with pk__in: a QuerySet comes back, but building it ran two queries."""
from itertools import chain


def merge(qs1, qs2):
    """Return the books of qs1 and qs2, each once, ordered by title, as one lazy QuerySet."""
    return Book.objects.filter(pk__in=[book.pk for book in chain(qs1, qs2)]).order_by("title")
