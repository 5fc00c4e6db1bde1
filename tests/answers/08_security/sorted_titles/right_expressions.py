"""Right, differently: a table of F() expressions (asc()/desc()) looked up by the sort; an unknown key becomes ValueError."""
from django.db.models import F

ORDERS = {"title": [F("title").asc()], "-title": [F("title").desc()],
          "year": [F("year").asc(), F("title").asc()], "-year": [F("year").desc(), F("title").asc()]}


def sorted_titles(sort):
    """Return every title, ordered by one of the allowed sorts; raise ValueError for anything else."""
    try:
        ordering = ORDERS[sort]
    except (KeyError, TypeError):
        raise ValueError(f"unknown sort {sort!r}") from None
    return list(Book.objects.order_by(*ordering).values_list("title", flat=True))
