"""Right, written differently: an async view whose events end in CRLF line ends, which SSE allows."""
async def price_events(request):
    """Return a text/event-stream response with one "data: {json}" event per product, in name order."""
    async def events():
        async for product in Product.objects.order_by("name"):
            yield "data: " + json.dumps({"name": product.name, "price": str(product.price)}) + "\r\n\r\n"

    return StreamingHttpResponse(events(), content_type="text/event-stream", headers={"Cache-Control": "no-cache"})
