"""Also catches AttributeError, so a bug in the caller's object is reported as an invalid lookup."""
from django.core.exceptions import FieldError, ValidationError


def lookup_book(**lookup):
    """Return the matching book's title, or say why there is not exactly one."""
    try:
        return Book.objects.get(**lookup).title
    except Book.DoesNotExist:
        return "no book matches"
    except Book.MultipleObjectsReturned:
        return "several books match"
    except (FieldError, ValidationError, ValueError, TypeError, AttributeError):
        return "invalid lookup"
