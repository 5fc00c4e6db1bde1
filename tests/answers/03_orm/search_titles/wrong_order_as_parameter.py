"""Passes the column name as a parameter: it becomes a constant string, so the rows are not sorted by it."""
def search_titles(word, order):
    """Return the titles containing word (any case), sorted by the column order, then by title."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title FROM notebook_book WHERE title LIKE %s ORDER BY %s, title", ["%" + word + "%", order]
        )
        return [title for (title,) in cursor.fetchall()]
