"""Right, written differently: exclude(stock=0) as the guard, and bool() of the number of rows matched."""
def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    sold = Book.objects.filter(title=title).exclude(stock=0).update(stock=F("stock") - 1)
    return bool(sold)
