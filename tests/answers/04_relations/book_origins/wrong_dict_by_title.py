"""Wrong: keying the rows by title keeps only the last of two books with one title; every book is a row."""
def book_origins():
    """Return [(title, author name, country name or None), ...] for every book, by title, in one query."""
    rows = {}
    for book in Book.objects.select_related("author__country").order_by("title"):
        country = book.author.country
        rows[book.title] = (book.title, book.author.name, country.country_name if country else None)
    return list(rows.values())
