"""Wrong: one atomic() around the whole loop, so the first failing line rolls back every line, the good ones too."""
def ship_all(lines):
    """Ship each (sku, quantity) line; undo and skip a line that fails; return the skus that failed."""
    failed = []
    try:
        with transaction.atomic():
            for sku, quantity in lines:
                ship(sku, quantity)
    except IntegrityError:
        failed.append(sku)
    return failed
