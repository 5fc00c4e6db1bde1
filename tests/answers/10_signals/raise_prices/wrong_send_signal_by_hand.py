"""Wrong: update() and then post_save.send() by hand for each product: the receiver records the prices, one INSERT per product (and faking a signal misleads every other receiver)."""
def raise_prices(products, amount):
    """Add amount to the price of each product of the QuerySet, in bulk, and record each new price."""
    pks = list(products.values_list("pk", flat=True))
    Product.objects.filter(pk__in=pks).update(price=F("price") + amount)
    for product in Product.objects.filter(pk__in=pks):
        post_save.send(sender=Product, instance=product, created=False, raw=False, using="default", update_fields={"price"})
