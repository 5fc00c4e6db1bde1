"""Wrong: atomic(durable=True) per line insists on being the outermost block, so inside the caller's transaction it raises RuntimeError."""
def ship_all(lines):
    """Ship each (sku, quantity) line; undo and skip a line that fails; return the skus that failed."""
    failed = []
    for sku, quantity in lines:
        try:
            with transaction.atomic(durable=True):
                ship(sku, quantity)
        except IntegrityError:
            failed.append(sku)
    return failed
