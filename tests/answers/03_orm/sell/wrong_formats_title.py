"""One UPDATE in raw SQL, but with the title formatted in: a quote in a title breaks or rewrites the query."""
def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE notebook_book SET stock = stock - 1 WHERE title = '{title}' AND stock > 0")
        return cursor.rowcount == 1
