"""Right, differently: loads the products once, changes them in Python, and writes them with bulk_update() and the history with bulk_create()."""
def raise_prices(products, amount):
    """Add amount to the price of each product of the QuerySet, in bulk, and record each new price."""
    changed = list(products)
    for product in changed:
        product.price += amount
    Product.objects.bulk_update(changed, ["price"])
    PriceChange.objects.bulk_create(PriceChange(product=p, price=p.price) for p in changed)
