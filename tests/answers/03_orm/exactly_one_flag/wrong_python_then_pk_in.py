"""Counts the flags in Python and re-queries with pk__in: the call itself loads every user."""
def exactly_one_flag(qs):
    """Return the users of qs with exactly one of is_active, is_staff and is_superuser set."""
    return qs.filter(pk__in=[u.pk for u in qs if u.is_active + u.is_staff + u.is_superuser == 1])
