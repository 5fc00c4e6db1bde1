"""Right, written differently: union() with each part's ordering cleared, as SQLite needs for a model with Meta.ordering."""
def merge(qs1, qs2):
    """Return the books of qs1 and qs2, each once, ordered by title, as one lazy QuerySet."""
    return qs1.order_by().union(qs2.order_by()).order_by("title")
