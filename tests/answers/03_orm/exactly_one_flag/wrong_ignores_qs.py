"""Starts from User.objects instead of qs: the caller's own filter is lost."""
def exactly_one_flag(qs):
    """Return the users of qs with exactly one of is_active, is_staff and is_superuser set."""
    active, staff, superuser = Q(is_active=True), Q(is_staff=True), Q(is_superuser=True)
    return User.objects.filter(active ^ staff ^ superuser).exclude(active & staff & superuser)
