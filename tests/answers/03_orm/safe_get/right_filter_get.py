"""Right, written differently: filter(**lookup).get() through the model's default manager, catching the generic ObjectDoesNotExist."""
from django.core.exceptions import ObjectDoesNotExist


def safe_get(model, **lookup):
    """Return the model instance matching lookup, or None if none matches."""
    try:
        return model._default_manager.filter(**lookup).get()
    except ObjectDoesNotExist:
        return None
