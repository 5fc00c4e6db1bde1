"""Wrong: a parameter with the wildcards escaped, but a plain LIKE: it ignores case only on SQLite; PostgreSQL's LIKE is case-sensitive, so search("django") finds nothing there."""
def search(term):
    """Return the titles (by title) of the books whose title contains term, case-insensitively, matched literally."""
    pattern = "%" + connection.ops.prep_for_like_query(term) + "%"
    with connection.cursor() as cursor:
        cursor.execute("SELECT title FROM notebook_book WHERE title LIKE %s ESCAPE '\\' ORDER BY title", [pattern])
        return [title for (title,) in cursor.fetchall()]
