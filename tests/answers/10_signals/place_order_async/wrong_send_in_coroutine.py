"""Wrong: the anti-pattern of section 6, send() in async code: it runs the sync receivers on the event loop's thread and raises RuntimeError for the async ones."""
async def place_order_async(customer, total):
    """Create an Order with the async ORM, await order_placed's receivers (async ones concurrently), return it."""
    order = await Order.objects.acreate(customer=customer, total=total)
    order_placed.send(sender=Order, order=order)
    return order
