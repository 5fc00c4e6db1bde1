"""Wrong: finds the customer's books, then sums every customer's order lines for those books (the Sum is not limited to this customer); one query, one row per book, but the numbers grow when someone else buys the same book."""
def quantities_bought(customer):
    """Return {title: total quantity} of the books the customer ordered, in one query."""
    theirs = Book.objects.filter(orders__customer=customer)
    books = Book.objects.filter(pk__in=theirs).annotate(bought=Sum("lines__quantity"))
    return dict(books.values_list("title", "bought"))
