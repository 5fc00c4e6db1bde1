"""Wrong: the anti-pattern of section 2, relying on the receiver: update() sends no post_save, so no price change is recorded."""
def raise_prices(products, amount):
    """Add amount to the price of each product of the QuerySet, in bulk, and record each new price."""
    products.update(price=F("price") + amount)
