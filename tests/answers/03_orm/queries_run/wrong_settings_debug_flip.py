"""Assigns settings.DEBUG = True for the call and puts it back: the docs' "Don't do this!", and every thread sees DEBUG on meanwhile."""
from django.conf import settings


def queries_run(func):
    """Call func() and return the SQL strings of the queries it ran, in order, whatever DEBUG is."""
    old = settings.DEBUG
    settings.DEBUG = True
    try:
        start = len(connection.queries_log)
        func()
        return [query["sql"] for query in list(connection.queries_log)[start:]]
    finally:
        settings.DEBUG = old
