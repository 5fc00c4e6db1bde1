"""Restores force_debug_cursor to False instead of to what it was: a caller that had forced it loses its logging."""
def queries_run(func):
    """Call func() and return the SQL strings of the queries it ran, in order, whatever DEBUG is."""
    connection.force_debug_cursor = True
    connection.ensure_connection()
    start = len(connection.queries_log)
    try:
        func()
    finally:
        connection.force_debug_cursor = False
    return [query["sql"] for query in list(connection.queries_log)[start:]]
