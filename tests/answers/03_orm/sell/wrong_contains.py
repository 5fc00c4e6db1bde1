"""Matches the title with contains: sell("Dune") also takes a copy of Children of Dune."""
def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    return Book.objects.filter(title__contains=title, stock__gt=0).update(stock=F("stock") - 1) > 0
