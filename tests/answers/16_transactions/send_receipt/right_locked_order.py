"""Right, written differently: the task locks the order row with select_for_update() and checks the flag; place_order enqueues from a lambda on commit."""
@task
def send_receipt(order_id):
    """Email the receipt of order order_id at most once, however often the task runs."""
    with transaction.atomic(using=SERVER):
        order = Order.objects.select_for_update().filter(pk=order_id).first()
        if order is None or order.receipt_sent:
            return
        order.receipt_sent = True
        order.save(update_fields=["receipt_sent"])
        email_receipt(order_id)


def place_order(customer, total):
    """Create and return the Order; enqueue send_receipt for it once it is committed."""
    order = Order(customer=customer, total=total)
    with transaction.atomic(using=SERVER):
        order.save()
        transaction.on_commit(lambda: send_receipt.enqueue(order.pk), using=SERVER)
    return order
