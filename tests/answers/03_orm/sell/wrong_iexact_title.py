"""Matches the title with iexact: sell("persuasion") sells a copy of Persuasion, and the task says this title."""
def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    return Book.objects.filter(title__iexact=title, stock__gt=0).update(stock=F("stock") - 1) == 1
