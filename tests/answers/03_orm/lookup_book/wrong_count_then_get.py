"""Counts first, then get(): two queries, and a row added or deleted in between makes get() raise."""
from django.core.exceptions import FieldError, ValidationError


def lookup_book(**lookup):
    """Return the matching book's title, or say why there is not exactly one."""
    try:
        books = Book.objects.filter(**lookup)
        n = books.count()
    except (FieldError, ValidationError, ValueError, TypeError):
        return "invalid lookup"
    if n == 0:
        return "no book matches"
    if n > 1:
        return "several books match"
    return books.get().title
