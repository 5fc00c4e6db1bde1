"""Right, differently: no LIKE at all, so there are no wildcards to escape: SQLite's instr() finds the lower-cased term in the lower-cased title, with the term as a parameter."""
def search(term):
    """Return the titles (by title) of the books whose title contains term, case-insensitively, matched literally."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT title FROM notebook_book WHERE instr(lower(title), lower(%s)) > 0 ORDER BY title", [term])
        return [title for (title,) in cursor.fetchall()]
