"""Wrong: asks for each customer's latest order in a loop: 1 + N queries."""
def latest_orders():
    """Return {customer name: (placed, total) of their latest order, or None}, in one query."""
    result = {}
    for customer in Customer.objects.all():
        order = customer.orders.order_by("-placed").first()
        result[customer.name] = None if order is None else (order.placed, order.total)
    return result
