"""Whitelists the column and passes the word as a parameter, but forgets "then by title": equal values come back in table order."""
def search_titles(word, order):
    """Return the titles containing word (any case), sorted by the column order, then by title."""
    if order not in ("title", "year", "price"):
        raise ValueError(f"cannot sort by {order!r}")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT title FROM notebook_book WHERE title LIKE %s ORDER BY {order}", ["%" + word + "%"])
        return [title for (title,) in cursor.fetchall()]
