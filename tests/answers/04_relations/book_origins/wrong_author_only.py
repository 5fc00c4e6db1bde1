"""Wrong: select_related("author") joins the first hop only, so reading each author's country runs a query per book (the N+1 one level down)."""
def book_origins():
    """Return [(title, author name, country name or None), ...] for every book, by title, in one query."""
    rows = []
    for book in Book.objects.select_related("author").order_by("title"):
        country = book.author.country
        rows.append((book.title, book.author.name, country.country_name if country else None))
    return rows
