"""Right, written differently: catch broadly, return None only for this model's DoesNotExist, and re-raise the rest."""
def safe_get(model, **lookup):
    """Return the model instance matching lookup, or None if none matches."""
    try:
        obj = model._default_manager.get(**lookup)
    except Exception as exc:
        if isinstance(exc, model.DoesNotExist):
            return None
        raise
    return obj
