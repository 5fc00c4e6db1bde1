"""Wrong: counts every receiver that returned something as failed; a receiver that succeeds may return a value, only an Exception response means it raised."""
def place_order(customer, total):
    """Create an Order, notify order_placed's receivers, and return (order, names of the receivers that failed)."""
    order = Order.objects.create(customer=customer, total=total)
    results = order_placed.send_robust(sender=Order, order=order)
    return order, [r.__name__ for r, response in results if response is not None]
