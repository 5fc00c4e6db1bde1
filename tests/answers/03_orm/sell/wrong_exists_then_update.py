"""Checks, then acts: exists() before the UPDATE is a second query, and both requests can pass the check."""
def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    in_stock = Book.objects.filter(title=title, stock__gt=0)
    if not in_stock.exists():
        return False
    in_stock.update(stock=F("stock") - 1)
    return True
