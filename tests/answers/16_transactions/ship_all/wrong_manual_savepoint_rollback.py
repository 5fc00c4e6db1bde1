"""Wrong: the failed ORM write marked the transaction for rollback, and while the mark is set even savepoint_rollback() raises TransactionManagementError."""
def ship_all(lines):
    """Ship each (sku, quantity) line; undo and skip a line that fails; return the skus that failed."""
    failed = []
    with transaction.atomic():  # savepoints need a transaction; inside the caller's, this is one more savepoint
        for sku, quantity in lines:
            point = transaction.savepoint()
            try:
                ship(sku, quantity)
            except IntegrityError:
                transaction.savepoint_rollback(point)
                failed.append(sku)
            else:
                transaction.savepoint_commit(point)
    return failed
