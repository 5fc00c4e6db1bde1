"""Right, differently: saves the order in its own atomic block, then sends robustly and collects the failures in a loop."""
def place_order(customer, total):
    """Create an Order, notify order_placed's receivers, and return (order, names of the receivers that failed)."""
    with transaction.atomic():
        order = Order.objects.create(customer=customer, total=total)
    failed = []
    for receiver_function, outcome in order_placed.send_robust(Order, order=order):
        if isinstance(outcome, Exception):
            failed.append(receiver_function.__name__)
    return order, failed
