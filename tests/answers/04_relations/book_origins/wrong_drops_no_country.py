"""Wrong: filtering out authors without a country avoids the None, but drops their books (Go Ask Nobody)."""
def book_origins():
    """Return [(title, author name, country name or None), ...] for every book, by title, in one query."""
    books = Book.objects.select_related("author__country").filter(author__country__isnull=False).order_by("title")
    return [(book.title, book.author.name, book.author.country.country_name) for book in books]
