"""Right, written differently: each line goes through a helper decorated with @transaction.atomic (a savepoint inside the caller's transaction), which reports success."""
@transaction.atomic
def ship_line(sku, quantity):
    """Ship one line in its own savepoint; return True."""
    ship(sku, quantity)
    return True


def ship_all(lines):
    """Ship each (sku, quantity) line; undo and skip a line that fails; return the skus that failed."""
    def shipped(sku, quantity):
        try:
            return ship_line(sku, quantity)
        except IntegrityError:
            return False

    return [sku for sku, quantity in lines if not shipped(sku, quantity)]
