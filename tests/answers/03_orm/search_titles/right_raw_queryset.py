"""Right, written differently: Book.objects.raw() with a parameter, and a dict that maps input to column names."""
SORT_COLUMNS = {"title": "title", "year": "year", "price": "price"}


def search_titles(word, order):
    """Return the titles containing word (any case), sorted by the column order, then by title."""
    try:
        column = SORT_COLUMNS[order]
    except (KeyError, TypeError):
        raise ValueError(f"cannot sort by {order!r}") from None
    books = Book.objects.raw(
        f"SELECT id, title FROM notebook_book WHERE LOWER(title) LIKE LOWER(%s) ORDER BY {column}, title",
        ["%" + word + "%"],
    )
    return [book.title for book in books]
