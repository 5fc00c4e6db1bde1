"""Wrong: pastes the term into the SQL with an f-string: "zzz' OR 1=1 --" closes the string and returns every book."""
def search(term):
    """Return the titles (by title) of the books whose title contains term, case-insensitively, matched literally."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT title FROM notebook_book WHERE title LIKE '%{term}%' ORDER BY title")
        return [title for (title,) in cursor.fetchall()]
