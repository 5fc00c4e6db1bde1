"""Right, written differently: De Morgan, excluding the users who are neither (exclude(a, b) is NOT (a AND b))."""
def active_or_staff(qs):
    """Return the users of qs that are active or staff (or both)."""
    return qs.exclude(is_active=False, is_staff=False)
