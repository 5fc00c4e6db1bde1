"""Right, written differently: fetch at most two titles in one query and decide in Python; the invalid cases caught around building and running it."""
from django.core.exceptions import FieldError, ValidationError


def lookup_book(**lookup):
    """Return the matching book's title, or say why there is not exactly one."""
    try:
        titles = list(Book.objects.filter(**lookup).values_list("title", flat=True)[:2])
    except (FieldError, ValidationError, ValueError, TypeError):
        return "invalid lookup"
    if not titles:
        return "no book matches"
    if len(titles) > 1:
        return "several books match"
    return titles[0]
