"""Hides ambiguity: first() returns one of several matches instead of raising MultipleObjectsReturned."""
def safe_get(model, **lookup):
    return model.objects.filter(**lookup).first()
