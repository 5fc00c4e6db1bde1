"""Wrong: marks the order in autocommit before sending, so a send that fails leaves it marked and the retry never sends the receipt."""
@task
def send_receipt(order_id):
    """Email the receipt of order order_id at most once, however often the task runs."""
    if Order.objects.filter(pk=order_id, receipt_sent=False).update(receipt_sent=True):
        email_receipt(order_id)


def place_order(customer, total):
    """Create and return the Order; enqueue send_receipt for it once it is committed."""
    with transaction.atomic(using=SERVER):
        order = Order.objects.create(customer=customer, total=total)
        transaction.on_commit(partial(send_receipt.enqueue, order.pk), using=SERVER)
    return order
