"""Right, differently: send() run in a worker thread; it runs the async receivers concurrently itself."""
from asgiref.sync import sync_to_async


async def place_order_async(customer, total):
    """Create an Order with the async ORM, await order_placed's receivers (async ones concurrently), return it."""
    order = await Order.objects.acreate(customer=customer, total=total)
    await sync_to_async(order_placed.send)(sender=Order, order=order)
    return order
