"""Wrong: the anti-pattern of section 5 for optional receivers, send(): the first receiver that raises propagates out of place_order, and the receivers after it never run."""
def place_order(customer, total):
    """Create an Order, notify order_placed's receivers, and return (order, names of the receivers that failed)."""
    order = Order.objects.create(customer=customer, total=total)
    order_placed.send(sender=Order, order=order)
    return order, []
