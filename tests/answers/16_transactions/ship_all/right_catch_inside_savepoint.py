"""Right, written differently: catches inside a per-line atomic(); the failed write marked it for rollback, so leaving it rolls back to its savepoint and the loop goes on."""
def ship_all(lines):
    """Ship each (sku, quantity) line; undo and skip a line that fails; return the skus that failed."""
    failed = []
    for sku, quantity in lines:
        with transaction.atomic():
            try:
                ship(sku, quantity)
            except IntegrityError:
                failed.append(sku)
    return failed
