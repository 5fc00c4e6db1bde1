"""Lets the stock >= 0 constraint refuse the UPDATE and catches the IntegrityError with no savepoint: on PostgreSQL that aborts the caller's transaction."""
from django.db import IntegrityError


def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    try:
        return Book.objects.filter(title=title).update(stock=F("stock") - 1) == 1
    except IntegrityError:
        return False
