"""Wrong: a sync generator, which ASGI reads to the end before sending anything: no live events."""
def price_events(request):
    """Return a text/event-stream response with one "data: {json}" event per product, in name order."""
    def events():
        for product in Product.objects.order_by("name"):
            yield f"data: {json.dumps({'name': product.name, 'price': str(product.price)})}\n\n"

    response = StreamingHttpResponse(events(), content_type="text/event-stream")
    response["Cache-Control"] = "no-cache"
    return response
