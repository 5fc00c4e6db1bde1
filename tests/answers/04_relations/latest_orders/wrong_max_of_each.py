"""Wrong: Max of the dates and Max of the totals come from different orders."""
from django.db.models import Max


def latest_orders():
    """Return {customer name: (placed, total) of their latest order, or None}, in one query."""
    customers = Customer.objects.annotate(last_placed=Max("orders__placed"), last_total=Max("orders__total"))
    return {
        c.name: None if c.last_placed is None else (c.last_placed, c.last_total)
        for c in customers
    }
