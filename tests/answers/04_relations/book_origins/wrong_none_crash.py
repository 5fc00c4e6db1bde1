"""Wrong: one query, but book.author.country is None for Anonymous, so .country_name raises AttributeError."""
def book_origins():
    """Return [(title, author name, country name or None), ...] for every book, by title, in one query."""
    books = Book.objects.select_related("author__country").order_by("title")
    return [(book.title, book.author.name, book.author.country.country_name) for book in books]
