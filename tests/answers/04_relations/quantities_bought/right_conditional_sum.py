"""Right, differently: conditional aggregation on Book (Sum with filter=), keeping only the books this customer bought."""
def quantities_bought(customer):
    """Return {title: total quantity} of the books the customer ordered, in one query."""
    bought = Sum("lines__quantity", filter=Q(lines__order__customer=customer))
    books = Book.objects.annotate(bought=bought).filter(bought__isnull=False)
    return {title: quantity for title, quantity in books.values_list("title", "bought")}
