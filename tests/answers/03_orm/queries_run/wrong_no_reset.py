"""Reads connection.queries without resetting it: returns every query since the kernel started."""
def queries_run(func):
    func()
    return [query["sql"] for query in connection.queries]
