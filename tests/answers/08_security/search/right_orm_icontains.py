"""Right, differently: the ORM's icontains passes the term as a parameter and escapes %, _ and the backslash itself."""
def search(term):
    """Return the titles (by title) of the books whose title contains term, case-insensitively, matched literally."""
    return list(Book.objects.filter(title__icontains=term).order_by("title").values_list("title", flat=True))
