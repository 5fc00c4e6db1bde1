"""Passes the word as a parameter but formats the column name in unchecked: names are injectable."""
def search_titles(word, order):
    """Return the titles containing word (any case), sorted by the column order, then by title."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT title FROM notebook_book WHERE title LIKE %s ORDER BY {order}, title", ["%" + word + "%"])
        return [title for (title,) in cursor.fetchall()]
