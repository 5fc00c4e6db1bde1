"""Right, written differently: the same single UPDATE inside transaction.atomic(), which adds only BEGIN and COMMIT."""
from django.db import transaction


def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    with transaction.atomic():
        return Book.objects.filter(title=title, stock__gt=0).update(stock=F("stock") - 1) == 1
