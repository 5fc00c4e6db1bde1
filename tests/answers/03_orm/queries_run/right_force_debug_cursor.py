"""Right, written differently: what CaptureQueriesContext does, by hand, restoring the flag in finally."""
def queries_run(func):
    """Call func() and return the SQL strings of the queries it ran, in order, whatever DEBUG is."""
    was_forced = connection.force_debug_cursor
    connection.force_debug_cursor = True
    connection.ensure_connection()
    start = len(connection.queries_log)
    try:
        func()
    finally:
        connection.force_debug_cursor = was_forced
    return [query["sql"] for query in list(connection.queries_log)[start:]]
