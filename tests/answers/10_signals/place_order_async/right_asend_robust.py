"""Right, differently: asend_robust(), so a failing receiver is logged and does not fail the order (the tests' receivers all succeed)."""
async def place_order_async(customer, total):
    """Create an Order with the async ORM, await order_placed's receivers (async ones concurrently), return it."""
    order = Order(customer=customer, total=total)
    await order.asave()
    await order_placed.asend_robust(sender=Order, order=order)
    return order
