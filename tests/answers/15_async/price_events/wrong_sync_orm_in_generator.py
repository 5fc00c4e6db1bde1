"""Wrong (the anti-pattern): a sync for over the queryset inside the async generator: SynchronousOnlyOperation."""
def price_events(request):
    """Return a text/event-stream response with one "data: {json}" event per product, in name order."""
    async def events():
        for product in Product.objects.order_by("name"):
            yield f"data: {json.dumps({'name': product.name, 'price': str(product.price)})}\n\n"

    response = StreamingHttpResponse(events(), content_type="text/event-stream")
    response["Cache-Control"] = "no-cache"
    return response
