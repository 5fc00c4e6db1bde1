"""Wrong: "latest" taken as the highest id, not the latest date (Grace's last order entered is her oldest)."""
def latest_orders():
    """Return {customer name: (placed, total) of their latest order, or None}, in one query."""
    latest = Order.objects.filter(customer=OuterRef("pk")).order_by("-pk")
    customers = Customer.objects.annotate(
        last_placed=Subquery(latest.values("placed")[:1]), last_total=Subquery(latest.values("total")[:1])
    )
    return {n: None if p is None else (p, t) for n, p, t in customers.values_list("name", "last_placed", "last_total")}
