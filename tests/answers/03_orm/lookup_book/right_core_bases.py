"""Right, written differently: the generic bases from django.core.exceptions, and the invalid cases as a tuple."""
from django.core import exceptions

INVALID = (exceptions.FieldError, exceptions.ValidationError, ValueError, TypeError)


def lookup_book(**lookup):
    """Return the matching book's title, or say why there is not exactly one."""
    try:
        book = Book.objects.get(**lookup)
    except exceptions.ObjectDoesNotExist:
        return "no book matches"
    except exceptions.MultipleObjectsReturned:
        return "several books match"
    except INVALID:
        return "invalid lookup"
    return book.title
