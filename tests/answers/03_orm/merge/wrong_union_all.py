"""union(all=True) is UNION ALL: a book in both QuerySets comes back twice."""
def merge(qs1, qs2):
    """Return the books of qs1 and qs2, each once, ordered by title, as one lazy QuerySet."""
    return qs1.union(qs2, all=True).order_by("title")
