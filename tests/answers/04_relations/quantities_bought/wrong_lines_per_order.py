"""Wrong: reads the quantities on the lines, but with a query per order (the N+1)."""
def quantities_bought(customer):
    """Return {title: total quantity} of the books the customer ordered, in one query."""
    bought = {}
    for order in Order.objects.filter(customer=customer):
        for line in order.lines.select_related("book"):
            bought[line.book.title] = bought.get(line.book.title, 0) + line.quantity
    return bought
