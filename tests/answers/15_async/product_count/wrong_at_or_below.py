"""Wrong: counts the products at or below the price (price__lte), not those cheaper than it."""
async def product_count(request):
    """Return {"count": n}: products cheaper than ?below= when given, else all products."""
    products = Product.objects.all()
    if "below" in request.GET:
        products = products.filter(price__lte=Decimal(request.GET["below"]))
    return JsonResponse({"count": await products.acount()})
