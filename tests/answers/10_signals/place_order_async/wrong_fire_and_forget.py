"""Wrong: starts the signal in a background task and returns at once ("fire and forget"): the receivers have not run when the view answers, and a failure would go unseen."""
import asyncio


async def place_order_async(customer, total):
    """Create an Order with the async ORM, await order_placed's receivers (async ones concurrently), return it."""
    order = await Order.objects.acreate(customer=customer, total=total)
    asyncio.create_task(order_placed.asend(sender=Order, order=order))
    return order
