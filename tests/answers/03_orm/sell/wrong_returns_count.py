"""Returns the row count (0 or 1) instead of True or False."""
def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    return Book.objects.filter(title=title, stock__gt=0).update(stock=F("stock") - 1)
