"""Also catches ValidationError and TypeError: a value the field cannot take (price="abc") returns None as if no row matched."""
from django.core.exceptions import ValidationError


def safe_get(model, **lookup):
    """Return the model instance matching lookup, or None if none matches."""
    try:
        return model.objects.get(**lookup)
    except (model.DoesNotExist, ValidationError, TypeError):
        return None
