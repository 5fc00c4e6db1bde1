"""Right, written differently: one SELECT with OR, and distinct() removes the rows a multi-valued JOIN repeats."""
def merge(qs1, qs2):
    """Return the books of qs1 and qs2, each once, ordered by title, as one lazy QuerySet."""
    return (qs1 | qs2).distinct().order_by("title")
