"""Wrong: GLOB instead of LIKE, with the term pasted between wildcards: *, ? and [...] in the term act as GLOB wildcards."""
def search(term):
    with connection.cursor() as cursor:
        cursor.execute("SELECT title FROM notebook_book WHERE lower(title) GLOB '*' || lower(%s) || '*' ORDER BY title", [term])
        return [t for (t,) in cursor.fetchall()]
