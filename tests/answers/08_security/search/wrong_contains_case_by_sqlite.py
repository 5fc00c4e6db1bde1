"""Wrong: the ORM's contains escapes the wildcards, but it ignores case only because SQLite's LIKE does; on PostgreSQL search("django") finds nothing (icontains is the lookup that ignores case everywhere)."""
def search(term):
    """Return the titles (by title) of the books whose title contains term, case-insensitively, matched literally."""
    return list(Book.objects.filter(title__contains=term).order_by("title").values_list("title", flat=True))
