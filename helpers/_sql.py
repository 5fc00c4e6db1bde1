"""Show the SQL a QuerySet runs and the queries a block of code runs; count the rows they return."""

from contextlib import contextmanager

import sqlparse
from django.db import connection
from django.test.utils import CaptureQueriesContext


def sql_of(queryset):
    """Return the SQL the QuerySet would run, with its parameters quoted as the database would see them.

    Unlike ``str(queryset.query)``, which pastes parameters in unquoted, this is
    what ``connection.queries`` records. It does not run the query.
    """
    sql, params = queryset.query.sql_with_params()
    return connection.ops.last_executed_query(None, sql, params)


def _pretty(sql):
    """Return SQL one clause a line, keywords in capitals."""
    return sqlparse.format(sql, reindent=True, keyword_case="upper")


def show_sql(queryset):
    """Print the QuerySet's SQL, one clause a line."""
    print(_pretty(sql_of(queryset)))


def _plural(n, word):
    """Return '1 query', '2 queries'."""
    return f"{n} {word}" if n == 1 else f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


def format_queries(captured, limit=10, pretty=False):
    """Return a numbered list of the captured SQL statements, at most limit of them.

    Each statement is on one line, or with pretty one clause a line (as show_sql prints it), its
    lines indented under the first.
    """
    lines = []
    for i, query in enumerate(captured[:limit], 1):
        number = f"  {i}. "
        sql = _pretty(query["sql"]) if pretty else query["sql"]
        lines.append(number + sql.replace("\n", "\n" + " " * len(number)))
    if len(captured) > limit:
        lines.append(f"  ... and {len(captured) - limit} more")
    return "\n".join(lines)


@contextmanager
def show_queries(limit=10):
    """Run the block, then print how many queries it ran and their SQL, one clause a line as show_sql() does.

    Built on Django's CaptureQueriesContext, so it counts queries with DEBUG off too.
    """
    with CaptureQueriesContext(connection) as captured:
        yield captured
    n = len(captured)
    print(_plural(n, "query") + (":" if n else ""))
    if n:
        print(format_queries(captured.captured_queries, limit, pretty=True))


_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE SAVEPOINT")


def statements(captured):
    """Return the SQL of the captured statements without transaction control (BEGIN, COMMIT, savepoints).

    ``captured`` is what ``expect_queries()``, ``show_queries()`` or Django's ``CaptureQueriesContext`` yields.
    The query log records ``atomic()``'s own statements too; this is what the block asked the database to do,
    whether or not it ran in a transaction of its own.
    """
    return [query["sql"] for query in captured.captured_queries
            if not query["sql"].lstrip().upper().startswith(_TRANSACTION_CONTROL)]


def rows_returned(captured):
    """Run the captured SELECTs again and return how many rows each one gives, in order.

    ``captured`` is what ``expect_queries()`` or ``show_queries()`` yields. A query count alone does not say
    where rows were filtered or grouped: one query that returns every row for Python to filter passes a
    one-query check, and the rows it returns give it away. Each statement runs again as the database logged
    it (``connection.queries``), so call this right after the block, before the data changes.
    """
    statements = [query["sql"] for query in captured.captured_queries]
    other = [sql for sql in statements if not sql.lstrip().upper().startswith(("SELECT", "WITH"))]
    if other:
        raise ValueError(f"rows_returned() re-runs SELECTs only, and the block also ran: {other[0][:80]}")
    counts = []
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
            counts.append(len(cursor.fetchall()))
    return counts
