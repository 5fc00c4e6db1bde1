"""Right, written differently: the LIKE pattern is built in SQL ('%%' || %s || '%%'), and a dict maps input to column names."""
COLUMNS = {"title": "title", "year": "year", "price": "price"}


def search_titles(word, order):
    """Return the titles containing word (any case), sorted by the column order, then by title."""
    if order not in COLUMNS:
        raise ValueError(f"cannot sort by {order!r}")
    sql = "SELECT title FROM notebook_book WHERE title LIKE '%%' || %s || '%%' ORDER BY " + COLUMNS[order] + ", title"
    with connection.cursor() as cursor:
        cursor.execute(sql, [word])
        return [title for (title,) in cursor.fetchall()]
