"""Wrong: FETCH_PEERS batches each hop (books, then authors, then countries): 3 queries where a JOIN does it in one."""
def book_origins():
    """Return [(title, author name, country name or None), ...] for every book, by title, in one query."""
    rows = []
    for book in Book.objects.order_by("title").fetch_mode(models.FETCH_PEERS):
        country = book.author.country
        rows.append((book.title, book.author.name, country.country_name if country else None))
    return rows
