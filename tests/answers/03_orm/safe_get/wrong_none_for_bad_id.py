"""Treats a value the field cannot take as "not found": get(id="abc") returns None and hides the caller's bug."""
def safe_get(model, **lookup):
    """Return the model instance matching lookup, or None if none matches."""
    try:
        return model.objects.get(**lookup)
    except (model.DoesNotExist, ValueError):
        return None
