"""At least one flag, minus the users who are active and staff: active and superuser (or staff and superuser) is two flags too."""
def exactly_one_flag(qs):
    """Return the users of qs with exactly one of is_active, is_staff and is_superuser set."""
    active, staff, superuser = Q(is_active=True), Q(is_staff=True), Q(is_superuser=True)
    return qs.filter(active | staff | superuser).exclude(active & staff)
