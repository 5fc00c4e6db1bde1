"""Also catches FieldError: an unknown field (a typo in the caller) returns None as if no row matched."""
from django.core.exceptions import FieldError, ObjectDoesNotExist


def safe_get(model, **lookup):
    """Return the model instance matching lookup, or None if none matches."""
    try:
        return model.objects.get(**lookup)
    except (ObjectDoesNotExist, FieldError):
        return None
