"""Right, written differently: fetch at most two rows in one query and decide in Python."""
def safe_get(model, **lookup):
    """Return the model instance matching lookup, or None if none matches."""
    found = list(model.objects.filter(**lookup)[:2])
    if len(found) > 1:
        raise model.MultipleObjectsReturned(f"more than one {model.__name__} matches {lookup}")
    return found[0] if found else None
