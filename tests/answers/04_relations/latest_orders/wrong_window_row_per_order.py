"""Wrong: a window function over the joined rows returns one row per order (the dict drops the duplicates in Python); add distinct(), or use a Subquery."""
from django.db.models import Window
from django.db.models.functions import FirstValue


def latest_orders():
    """Return {customer name: (placed, total) of their latest order, or None}, in one query."""
    def newest(field):
        return Window(FirstValue(field), partition_by=F("pk"), order_by=F("orders__placed").desc())

    rows = Customer.objects.annotate(last_placed=newest("orders__placed"), last_total=newest("orders__total"))
    return {
        name: None if placed is None else (placed, total)
        for name, placed, total in rows.values_list("name", "last_placed", "last_total")
    }
