"""Wrong: select_related() with no arguments follows only non-null keys (the author, not the nullable country), so the countries still cost a query per book; Django 6.1 also deprecates the form."""
def book_origins():
    """Return [(title, author name, country name or None), ...] for every book, by title, in one query."""
    rows = []
    for book in Book.objects.select_related().order_by("title"):
        country = book.author.country
        rows.append((book.title, book.author.name, country.country_name if country else None))
    return rows
