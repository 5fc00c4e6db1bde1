"""Wrong: after the commit it runs the task's function with call() in the request instead of enqueueing it, so the email is sent (and fails) in the request."""
@task
def send_receipt(order_id):
    """Email the receipt of order order_id at most once, however often the task runs."""
    with transaction.atomic(using=SERVER):
        if Order.objects.filter(pk=order_id, receipt_sent=False).update(receipt_sent=True):
            email_receipt(order_id)


def place_order(customer, total):
    """Create and return the Order; enqueue send_receipt for it once it is committed."""
    with transaction.atomic(using=SERVER):
        order = Order.objects.create(customer=customer, total=total)
        transaction.on_commit(partial(send_receipt.call, order.pk), using=SERVER)
    return order
