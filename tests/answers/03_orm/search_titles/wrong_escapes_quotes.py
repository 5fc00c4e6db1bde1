"""Escapes quotes by hand and formats the word in: it survives these inputs on SQLite, but it is still formatting values into SQL."""
def search_titles(word, order):
    """Return the titles containing word (any case), sorted by the column order, then by title."""
    if order not in ("title", "year", "price"):
        raise ValueError(f"cannot sort by {order!r}")
    safe = word.replace("'", "''")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT title FROM notebook_book WHERE title LIKE '%{safe}%' ORDER BY {order}, title")
        return [title for (title,) in cursor.fetchall()]
