"""Chains ^ over the three flags: since Django 5.0 that means an odd number of them, so frank, who has all three, is kept."""
def exactly_one_flag(qs):
    """Return the users of qs with exactly one of is_active, is_staff and is_superuser set."""
    return qs.filter(Q(is_active=True) ^ Q(is_staff=True) ^ Q(is_superuser=True))
