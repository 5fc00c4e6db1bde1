"""Wrong: the sync ORM inside a coroutine; under an ASGI server (without DJANGO_ALLOW_ASYNC_UNSAFE) create() raises SynchronousOnlyOperation."""
async def place_order_async(customer, total):
    """Create an Order with the async ORM, await order_placed's receivers (async ones concurrently), return it."""
    order = Order.objects.create(customer=customer, total=total)
    await order_placed.asend(sender=Order, order=order)
    return order
