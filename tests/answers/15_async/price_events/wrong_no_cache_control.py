"""Wrong: no Cache-Control header, so a proxy or the browser may store the stream."""
def price_events(request):
    """Return a text/event-stream response with one "data: {json}" event per product, in name order."""
    async def events():
        async for product in Product.objects.order_by("name"):
            yield f"data: {json.dumps({'name': product.name, 'price': str(product.price)})}\n\n"

    return StreamingHttpResponse(events(), content_type="text/event-stream")
