"""At least one flag but not all three: a user with two flags (dave) is kept."""
def exactly_one_flag(qs):
    """Return the users of qs with exactly one of is_active, is_staff and is_superuser set."""
    return qs.filter(Q(is_active=True) | Q(is_staff=True) | Q(is_superuser=True)).exclude(
        is_active=True, is_staff=True, is_superuser=True)
