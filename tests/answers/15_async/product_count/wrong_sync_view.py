"""Wrong: a sync view; it works, but the exercise asks for an async view served without a thread."""
def product_count(request):
    """Return {"count": n}: products cheaper than ?below= when given, else all products."""
    products = Product.objects.all()
    if "below" in request.GET:
        products = products.filter(price__lt=request.GET["below"])
    return JsonResponse({"count": products.count()})
