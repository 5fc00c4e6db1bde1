"""Right, written differently: the database adds up the three flags as integers, and the sum must be 1."""
from django.db.models import IntegerField
from django.db.models.functions import Cast


def exactly_one_flag(qs):
    """Return the users of qs with exactly one of is_active, is_staff and is_superuser set."""
    flags = Cast("is_active", IntegerField()) + Cast("is_staff", IntegerField()) + Cast("is_superuser", IntegerField())
    return qs.alias(flags=flags).filter(flags=1)
