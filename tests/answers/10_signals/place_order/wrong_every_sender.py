"""Wrong: calls every receiver of order_placed by hand, whatever sender it was connected for."""
import logging


def place_order(customer, total):
    """Create an Order, notify order_placed's receivers, and return (order, names of the receivers that failed)."""
    order = Order.objects.create(customer=customer, total=total)
    failed = []
    for _key, ref, _sender, _is_async in list(order_placed.receivers):
        r = ref() if isinstance(ref, weakref.ReferenceType) else ref
        if r is None:
            continue
        try:
            r(signal=order_placed, sender=Order, order=order)
        except Exception as exc:
            logging.getLogger("django.dispatch").error("Error calling %s: %s", r.__name__, exc)
            failed.append(r.__name__)
    return order, failed
