"""Uses F() but no stock > 0 condition: at 0 the UPDATE goes below zero (the CHECK constraint raises)."""
def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    return Book.objects.filter(title=title).update(stock=F("stock") - 1) == 1
