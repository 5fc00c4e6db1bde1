"""Keyword arguments are ANDed: this keeps only users who are active and staff."""
def active_or_staff(qs):
    return qs.filter(is_active=True, is_staff=True)
