"""Wrong (the anti-pattern): catches IntegrityError inside the caller's transaction with no savepoint, so the failed line's shipment row stays and the transaction is marked for rollback."""
def ship_all(lines):
    """Ship each (sku, quantity) line; undo and skip a line that fails; return the skus that failed."""
    failed = []
    for sku, quantity in lines:
        try:
            ship(sku, quantity)
        except IntegrityError:
            failed.append(sku)
    return failed
