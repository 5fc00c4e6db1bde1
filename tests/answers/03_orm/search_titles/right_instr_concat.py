"""Right, written differently: no LIKE at all; instr() on lower-cased text, and a dict from input to column names."""
COLUMNS = {"title": '"title"', "year": '"year"', "price": '"price"'}


def search_titles(word, order):
    """Return the titles containing word (any case), sorted by the column order, then by title."""
    if not isinstance(order, str) or order not in COLUMNS:
        raise ValueError(f"cannot sort by {order!r}")
    sql = "SELECT title FROM notebook_book WHERE instr(lower(title), lower(%s)) > 0 ORDER BY " + COLUMNS[order] + ", title"
    with connection.cursor() as cursor:
        cursor.execute(sql, [word])
        return [row[0] for row in cursor.fetchall()]
