"""Wrong: allows the right four sorts but orders only by the field, so books of the same year come back in whatever order the database finds them, not by title."""
def sorted_titles(sort):
    """Return every title, ordered by one of the allowed sorts; raise ValueError for anything else."""
    if sort not in ("title", "-title", "year", "-year"):
        raise ValueError(f"unknown sort {sort!r}")
    return list(Book.objects.order_by(sort).values_list("title", flat=True))
