"""Wrong: async, but fetches every matching row and counts them in Python instead of letting the database count."""
async def product_count(request):
    """Return {"count": n}: products cheaper than ?below= when given, else all products."""
    products = Product.objects.all()
    if "below" in request.GET:
        products = products.filter(price__lt=Decimal(request.GET["below"]))
    return JsonResponse({"count": len([product async for product in products])})
