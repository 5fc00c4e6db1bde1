"""Right, written differently: an async view, values() rows and the headers passed to the constructor."""
async def price_events(request):
    """Return a text/event-stream response with one "data: {json}" event per product, in name order."""
    async def events():
        async for row in Product.objects.order_by("name").values("name", "price"):
            yield "data: " + json.dumps({"name": row["name"], "price": f"{row['price']:.2f}"}) + "\n\n"

    return StreamingHttpResponse(events(), content_type="text/event-stream", headers={"Cache-Control": "no-cache"})
