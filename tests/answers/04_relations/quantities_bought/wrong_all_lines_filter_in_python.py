"""Wrong: one query, but it loads every customer's order lines and filters and sums them in Python."""
def quantities_bought(customer):
    """Return {title: total quantity} of the books the customer ordered, in one query."""
    bought = {}
    for line in OrderLine.objects.select_related("order", "book"):
        if line.order.customer_id == customer.pk:
            bought[line.book.title] = bought.get(line.book.title, 0) + line.quantity
    return bought
