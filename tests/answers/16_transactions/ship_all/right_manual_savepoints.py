"""Right, written differently: manual savepoints; set_rollback(False) clears the mark the failed write set, so the rollback to the savepoint may run."""
def ship_all(lines):
    """Ship each (sku, quantity) line; undo and skip a line that fails; return the skus that failed."""
    failed = []
    with transaction.atomic():
        for sku, quantity in lines:
            point = transaction.savepoint()
            try:
                ship(sku, quantity)
            except IntegrityError:
                transaction.set_rollback(False)  # the savepoint rollback below restores a known-good state
                transaction.savepoint_rollback(point)
                failed.append(sku)
            else:
                transaction.savepoint_commit(point)
    return failed
