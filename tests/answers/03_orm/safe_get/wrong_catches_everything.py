"""Catches every exception, so several matches (and a malformed id) silently become None."""
def safe_get(model, **lookup):
    """Return the model instance matching lookup, or None if none matches."""
    try:
        return model.objects.get(**lookup)
    except Exception:
        return None
