"""Wrong (the anti-pattern): JSON of values() is not a fixture; loaddata needs model, pk and fields."""
def export_products():
    """Return a JSON fixture of every shop.Product that loaddata can load."""
    return json.dumps(list(Product.objects.values()), default=str)
