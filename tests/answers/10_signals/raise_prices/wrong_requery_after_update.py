"""Wrong: evaluates the QuerySet again after the update; when its filter reads the price, it then matches other products (or none), so the wrong ones are recorded."""
def raise_prices(products, amount):
    """Add amount to the price of each product of the QuerySet, in bulk, and record each new price."""
    products.update(price=F("price") + amount)
    PriceChange.objects.bulk_create([PriceChange(product=p, price=p.price) for p in products])
