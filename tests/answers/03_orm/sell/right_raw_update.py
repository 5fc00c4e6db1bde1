"""Right, written differently: the same single UPDATE in raw SQL, with the title as a parameter, and the cursor's rowcount."""
def sell(title):
    """Take one copy of the book titled title off the stock; return whether a copy was sold."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE notebook_book SET stock = stock - 1 WHERE title = %s AND stock > 0", [title])
        return cursor.rowcount == 1
