"""Looks before it leaps: exists() and then get() is two queries, and the row can vanish in between."""
def safe_get(model, **lookup):
    """Return the model instance matching lookup, or None if none matches."""
    if not model.objects.filter(**lookup).exists():
        return None
    return model.objects.get(**lookup)
