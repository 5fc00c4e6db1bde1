"""Locks the row with select_for_update() and saves: safe on PostgreSQL, but a read and a write, not one UPDATE (and SQLite ignores the lock)."""
from django.db import transaction


def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    with transaction.atomic():
        book = Book.objects.select_for_update().filter(title=title, stock__gt=0).first()
        if book is None:
            return False
        book.stock -= 1
        book.save(update_fields=["stock"])
        return True
