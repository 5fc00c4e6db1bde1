"""Turns DEBUG on with override_settings() for the call: a setting changed at run time changes it for every thread."""
from django.test import override_settings


def queries_run(func):
    """Call func() and return the SQL strings of the queries it ran, in order, whatever DEBUG is."""
    with override_settings(DEBUG=True):
        start = len(connection.queries)
        func()
        return [query["sql"] for query in connection.queries[start:]]
