"""Wrong: puts the savepoint around a re-run of the stock update only, so a failed line's shipment row stays."""
def ship_all(lines):
    """Ship each (sku, quantity) line; undo and skip a line that fails; return the skus that failed."""
    failed = []
    for sku, quantity in lines:
        product = Product.objects.get(sku=sku)
        Shipment.objects.create(product=product, quantity=quantity)
        try:
            with transaction.atomic():
                Product.objects.filter(pk=product.pk).update(stock=F("stock") - quantity)
        except IntegrityError:
            failed.append(sku)
    return failed
