"""Checks the column name with assert: it raises AssertionError, not ValueError, and python -O removes the check."""
def search_titles(word, order):
    """Return the titles containing word (any case), sorted by the column order, then by title."""
    assert order in ("title", "year", "price"), order
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT title FROM notebook_book WHERE title LIKE %s ORDER BY {order}, title", ["%" + word + "%"])
        return [title for (title,) in cursor.fetchall()]
