"""Right, written differently: the stock >= 0 constraint refuses a sale with no copy left, inside an atomic() savepoint of its own, and the IntegrityError is caught outside it."""
from django.db import IntegrityError, transaction


def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    try:
        with transaction.atomic():
            return Book.objects.filter(title=title).update(stock=F("stock") - 1) == 1
    except IntegrityError:
        return False
