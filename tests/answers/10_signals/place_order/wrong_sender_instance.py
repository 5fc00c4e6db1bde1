"""Wrong: sends with the order as sender; the receivers were connected with sender=Order (the class), so none of them is called."""
def place_order(customer, total):
    """Create an Order, notify order_placed's receivers, and return (order, names of the receivers that failed)."""
    order = Order.objects.create(customer=customer, total=total)
    results = order_placed.send_robust(sender=order, order=order)
    return order, [r.__name__ for r, response in results if isinstance(response, Exception)]
