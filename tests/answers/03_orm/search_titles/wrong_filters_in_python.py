"""Fetches every title and filters them in Python: nothing to inject, but the whole table is read and the word never reaches the database."""
def search_titles(word, order):
    """Return the titles containing word (any case), sorted by the column order, then by title."""
    if order not in ("title", "year", "price"):
        raise ValueError(f"cannot sort by {order!r}")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT title FROM notebook_book ORDER BY {order}, title")
        return [title for (title,) in cursor.fetchall() if word.lower() in title.lower()]
