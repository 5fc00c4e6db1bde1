"""Right, written differently: get() on values_list("title", flat=True) fetches only the title."""
from django.core.exceptions import FieldError, ValidationError


def lookup_book(**lookup):
    """Return the matching book's title, or say why there is not exactly one."""
    try:
        return Book.objects.values_list("title", flat=True).get(**lookup)
    except Book.DoesNotExist:
        return "no book matches"
    except Book.MultipleObjectsReturned:
        return "several books match"
    except (FieldError, ValidationError, TypeError, ValueError):
        return "invalid lookup"
