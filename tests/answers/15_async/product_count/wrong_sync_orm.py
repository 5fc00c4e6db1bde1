"""Wrong (the anti-pattern): the sync ORM inside an async view, which raises SynchronousOnlyOperation under ASGI."""
async def product_count(request):
    """Return {"count": n}: products cheaper than ?below= when given, else all products."""
    products = Product.objects.all()
    if "below" in request.GET:
        products = products.filter(price__lt=Decimal(request.GET["below"]))
    return JsonResponse({"count": products.count()})
