"""Wrong: the term is a parameter (no injection), but % and _ in it stay LIKE wildcards: a search for "%" matches every title."""
def search(term):
    """Return the titles (by title) of the books whose title contains term, case-insensitively, matched literally."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT title FROM notebook_book WHERE title LIKE %s ORDER BY title", [f"%{term}%"])
        return [title for (title,) in cursor.fetchall()]
