"""Wrong: one query, but it fetches every order of every customer (a LEFT JOIN) and picks the latest in Python."""
def latest_orders():
    """Return {customer name: (placed, total) of their latest order, or None}, in one query."""
    result = {}
    for name, placed, total in Customer.objects.values_list("name", "orders__placed", "orders__total"):
        best = result.get(name)
        if placed is not None and (best is None or placed > best[0]):
            result[name] = (placed, total)
        else:
            result.setdefault(name, None)
    return result
