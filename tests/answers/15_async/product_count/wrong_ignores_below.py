"""Wrong: counts every product and ignores ?below=."""
async def product_count(request):
    """Return {"count": n}: products cheaper than ?below= when given, else all products."""
    return JsonResponse({"count": await Product.objects.acount()})
