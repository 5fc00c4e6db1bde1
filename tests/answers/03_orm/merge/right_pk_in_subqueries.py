"""Right, written differently: one SELECT with two pk__in subqueries; no JOIN, so no repeated rows."""
def merge(qs1, qs2):
    """Return the books of qs1 and qs2, each once, ordered by title, as one lazy QuerySet."""
    return Book.objects.filter(Q(pk__in=qs1.values("pk")) | Q(pk__in=qs2.values("pk"))).order_by("title")
