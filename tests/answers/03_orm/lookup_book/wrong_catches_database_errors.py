"""Adds DatabaseError to the invalid cases: a database failure (a lock, a lost connection) is reported as the caller's mistake."""
from django.core.exceptions import FieldError, ValidationError
from django.db import DatabaseError


def lookup_book(**lookup):
    """Return the matching book's title, or say why there is not exactly one."""
    try:
        return Book.objects.get(**lookup).title
    except Book.DoesNotExist:
        return "no book matches"
    except Book.MultipleObjectsReturned:
        return "several books match"
    except (FieldError, ValidationError, ValueError, TypeError, DatabaseError):
        return "invalid lookup"
