"""Wrong: save() in a loop lets the receiver record each price, but runs queries per product (an UPDATE and an INSERT each)."""
def raise_prices(products, amount):
    """Add amount to the price of each product of the QuerySet, in bulk, and record each new price."""
    for product in products:
        product.price += amount
        product.save()
