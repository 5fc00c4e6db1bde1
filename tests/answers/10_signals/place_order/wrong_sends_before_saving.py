"""Wrong: notifies the receivers about an order that is not saved yet (no primary key), then saves it."""
def place_order(customer, total):
    """Create an Order, notify order_placed's receivers, and return (order, names of the receivers that failed)."""
    order = Order(customer=customer, total=total)
    results = order_placed.send_robust(sender=Order, order=order)
    order.save()
    return order, [r.__name__ for r, response in results if isinstance(response, Exception)]
