"""Wrong: prefetches every order and picks the latest in Python: right values, 2 queries."""
def latest_orders():
    """Return {customer name: (placed, total) of their latest order, or None}, in one query."""
    result = {}
    for customer in Customer.objects.prefetch_related("orders"):
        orders = sorted(customer.orders.all(), key=lambda o: o.placed)
        result[customer.name] = (orders[-1].placed, orders[-1].total) if orders else None
    return result
