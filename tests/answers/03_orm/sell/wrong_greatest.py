"""Clamps the stock at 0 with Greatest() instead of a stock > 0 condition: the UPDATE still matches a book with no copy, so it reports a sale."""
from django.db.models.functions import Greatest


def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    return Book.objects.filter(title=title).update(stock=Greatest(F("stock") - 1, 0)) == 1
