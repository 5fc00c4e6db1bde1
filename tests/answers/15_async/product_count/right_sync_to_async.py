"""Right, written differently: the sync count() run in a thread through sync_to_async, as acount() itself does."""
async def product_count(request):
    """Return {"count": n}: products cheaper than ?below= when given, else all products."""
    below = request.GET.get("below")
    products = Product.objects.filter(price__lt=below) if below is not None else Product.objects.all()
    count = await sync_to_async(products.count)()
    return JsonResponse({"count": count})
