"""Wrong: prefetch_related follows forward keys too, but with one query per relation: 3 queries, not one JOIN."""
def book_origins():
    """Return [(title, author name, country name or None), ...] for every book, by title, in one query."""
    rows = []
    for book in Book.objects.prefetch_related("author__country").order_by("title"):
        country = book.author.country
        rows.append((book.title, book.author.name, country.country_name if country else None))
    return rows
