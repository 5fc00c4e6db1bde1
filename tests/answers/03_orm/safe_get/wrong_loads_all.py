"""Loads every match with list(filter(...)) to count them: one query, but thousands of rows when thousands match."""
def safe_get(model, **lookup):
    """Return the model instance matching lookup, or None if none matches."""
    rows = list(model.objects.filter(**lookup))
    if len(rows) > 1:
        raise model.MultipleObjectsReturned(f"{len(rows)} {model.__name__} objects match {lookup}")
    return rows[0] if rows else None
