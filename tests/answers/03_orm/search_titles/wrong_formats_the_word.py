"""Formats the word into the SQL: a quote in the search box rewrites the query (SQL injection)."""
def search_titles(word, order):
    """Return the titles containing word (any case), sorted by the column order, then by title."""
    if order not in ("title", "year", "price"):
        raise ValueError(f"cannot sort by {order!r}")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT title FROM notebook_book WHERE title LIKE '%{word}%' ORDER BY {order}, title")
        return [title for (title,) in cursor.fetchall()]
