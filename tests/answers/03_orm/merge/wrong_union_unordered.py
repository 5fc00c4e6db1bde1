"""union() without order_by(): one query, each book once, but in whatever order the database returns."""
def merge(qs1, qs2):
    """Return the books of qs1 and qs2, each once, ordered by title, as one lazy QuerySet."""
    return qs1.union(qs2)
