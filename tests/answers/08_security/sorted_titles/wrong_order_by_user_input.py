"""Wrong: passes the visitor's value straight to order_by(): no injection, but any field, related ones included, decides the order (and leaks through it)."""
def sorted_titles(sort):
    """Return every title, ordered by one of the allowed sorts; raise ValueError for anything else."""
    try:
        return list(Book.objects.order_by(sort, "title").values_list("title", flat=True))
    except Exception as exc:
        raise ValueError(f"unknown sort {sort!r}") from exc
