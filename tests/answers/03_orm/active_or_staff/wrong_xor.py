"""Uses ^ (XOR) for "or": users who are both active and staff are dropped."""
def active_or_staff(qs):
    """Return the users of qs that are active or staff (or both)."""
    return qs.filter(Q(is_active=True) ^ Q(is_staff=True))
