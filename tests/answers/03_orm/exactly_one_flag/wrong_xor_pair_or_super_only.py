"""Exactly one of active and staff, or a superuser alone: forgets that a superuser may also be active or staff."""
def exactly_one_flag(qs):
    """Return the users of qs with exactly one of is_active, is_staff and is_superuser set."""
    active, staff, superuser = Q(is_active=True), Q(is_staff=True), Q(is_superuser=True)
    return qs.filter((active ^ staff) | (superuser & ~active & ~staff))
