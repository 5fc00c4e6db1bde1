"""Wrong: catches the exception around send(); the order survives, but the receivers after the failing one never run and nothing is logged."""
def place_order(customer, total):
    """Create an Order, notify order_placed's receivers, and return (order, names of the receivers that failed)."""
    order = Order.objects.create(customer=customer, total=total)
    failed = []
    try:
        order_placed.send(sender=Order, order=order)
    except Exception as exc:
        failed.append(type(exc).__name__)
    return order, failed
