"""Right, written differently: a database instrumentation wrapper records each statement as it is executed (placeholders, not values)."""
def queries_run(func):
    """Call func() and return the SQL strings of the queries it ran, in order, whatever DEBUG is."""
    statements = []

    def record(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        func()
    return statements
