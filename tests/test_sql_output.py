"""show_queries() prints each query as show_sql() does; a failed expect_queries stays one line a query."""

import contextlib
import io

import pytest

from helpers import CheckFailed, expect_queries, setup, show_queries, show_sql

setup()

from django.contrib.auth.models import User  # noqa: E402 (needs setup())


def _printed(function, *args):
    """Return what function(*args) prints."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        function(*args)
    return out.getvalue()


def _shown_queries(*querysets):
    """Return what show_queries() prints around evaluating the querysets."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), show_queries():
        for queryset in querysets:
            list(queryset)
    return out.getvalue()


def test_each_query_is_formatted_as_show_sql_formats_it():
    first = User.objects.filter(is_active=True).order_by("username")
    second = User.objects.filter(username="ann").values("id")
    shown = _shown_queries(first, second)
    assert shown.startswith("2 queries:\n  1. SELECT")
    one, two = shown.split("\n  2. ")
    for block, queryset in ((one.split("  1. ", 1)[1], first), (two, second)):
        expected = _printed(show_sql, queryset).rstrip("\n")
        assert block.rstrip("\n") == expected.replace("\n", "\n     "), block


def test_continuation_lines_are_indented_under_the_first():
    shown = _shown_queries(User.objects.filter(is_active=True))
    lines = shown.splitlines()
    assert lines[0] == "1 query:"
    assert lines[1].startswith("  1. SELECT")
    assert any(line.startswith("     FROM ") for line in lines)
    assert any(line.startswith("     WHERE ") for line in lines)
    assert all(line.startswith("     ") for line in lines[2:])


def test_no_query_prints_the_count_alone():
    assert _shown_queries() == "0 queries\n"


def test_more_than_the_limit_is_said_not_shown():
    out = io.StringIO()
    with contextlib.redirect_stdout(out), show_queries(limit=1):
        User.objects.count()
        User.objects.exists()
    assert out.getvalue().endswith("  ... and 1 more\n")


def test_a_failed_expect_queries_lists_one_line_a_query():
    with pytest.raises(CheckFailed) as info:
        with expect_queries(0, "nothing should run"):
            list(User.objects.filter(is_active=True))
    listed = str(info.value).split("Queries run:\n", 1)[1]
    assert listed.startswith("  1. SELECT") and "\n" not in listed
