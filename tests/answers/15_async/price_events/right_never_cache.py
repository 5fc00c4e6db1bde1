"""Right, written differently: Django's never_cache decorator on an async view; its Cache-Control includes no-cache."""
from django.views.decorators.cache import never_cache


@never_cache
async def price_events(request):
    """Return a text/event-stream response with one "data: {json}" event per product, in name order."""
    async def events():
        async for product in Product.objects.order_by("name"):
            yield "data:" + json.dumps({"name": product.name, "price": str(product.price)}) + "\n\n"

    return StreamingHttpResponse(events(), content_type="text/event-stream")
