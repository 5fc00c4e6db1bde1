"""Right, written differently: marks the order with a conditional update in autocommit and unmarks it when the send fails; place_order needs no atomic() of its own for one create()."""
@task
def send_receipt(order_id):
    """Email the receipt of order order_id at most once, however often the task runs."""
    if Order.objects.filter(pk=order_id, receipt_sent=False).update(receipt_sent=True) != 1:
        return  # another run has sent it, or is sending it
    try:
        email_receipt(order_id)
    except Exception:
        Order.objects.filter(pk=order_id).update(receipt_sent=False)
        raise


def place_order(customer, total):
    """Create and return the Order; enqueue send_receipt for it once it is committed."""
    order = Order.objects.create(customer=customer, total=total)
    transaction.on_commit(lambda: send_receipt.enqueue(order_id=order.pk), using=SERVER)
    return order
