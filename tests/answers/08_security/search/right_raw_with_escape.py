"""Right, differently: Model.raw() with a parameter, escaping the LIKE wildcards by hand with ! as the ESCAPE character, and UPPER() on both sides for the case."""
def search(term):
    """Return the titles (by title) of the books whose title contains term, case-insensitively, matched literally."""
    escaped = term.replace("!", "!!").replace("%", "!%").replace("_", "!_")
    books = Book.objects.raw("SELECT id, title FROM notebook_book WHERE UPPER(title) LIKE UPPER(%s) ESCAPE '!' "
                             "ORDER BY title", ["%" + escaped + "%"])
    return [book.title for book in books]
