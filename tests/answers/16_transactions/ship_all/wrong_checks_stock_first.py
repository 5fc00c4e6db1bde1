"""Wrong: looks at the stock first and ships only the lines that fit, with no savepoint, so an order that takes the stock after the look makes ship() raise IntegrityError out of ship_all()."""
def ship_all(lines):
    """Ship each (sku, quantity) line; undo and skip a line that fails; return the skus that failed."""
    failed = []
    for sku, quantity in lines:
        if Product.objects.get(sku=sku).stock < quantity:
            failed.append(sku)
        else:
            ship(sku, quantity)
    return failed
