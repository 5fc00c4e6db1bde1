"""Reads the row, decrements in Python and saves: two queries, and a concurrent sale is lost."""
def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    book = Book.objects.filter(title=title).first()
    if book is None or book.stock == 0:
        return False
    book.stock -= 1
    book.save()
    return True
