"""Wrong: checks receipt_sent with a plain read inside atomic(), which locks nothing, so a run that starts between the read and the mark sends the receipt again."""
@task
def send_receipt(order_id):
    """Email the receipt of order order_id at most once, however often the task runs."""
    with transaction.atomic(using=SERVER):
        order = Order.objects.get(pk=order_id)
        if order.receipt_sent:
            return
        email_receipt(order_id)
        order.receipt_sent = True
        order.save(update_fields=["receipt_sent"])


def place_order(customer, total):
    """Create and return the Order; enqueue send_receipt for it once it is committed."""
    with transaction.atomic(using=SERVER):
        order = Order.objects.create(customer=customer, total=total)
        transaction.on_commit(partial(send_receipt.enqueue, order.pk), using=SERVER)
    return order
