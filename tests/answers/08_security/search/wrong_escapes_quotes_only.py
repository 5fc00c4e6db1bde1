"""Wrong: escapes quotes by hand before formatting; that stops the quote attack on SQLite, but % and _ still act as wildcards (and hand-escaping is one missed case away from injection)."""
def search(term):
    """Return the titles (by title) of the books whose title contains term, case-insensitively, matched literally."""
    quoted = term.replace("'", "''")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT title FROM notebook_book WHERE title LIKE '%{quoted}%' ORDER BY title")
        return [title for (title,) in cursor.fetchall()]
