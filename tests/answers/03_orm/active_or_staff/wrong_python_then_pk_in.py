"""Filters in Python and re-queries with pk__in: the call itself loads every user."""
def active_or_staff(qs):
    """Return the users of qs that are active or staff (or both)."""
    return qs.filter(pk__in=[user.pk for user in qs if user.is_active or user.is_staff])
