"""Django Interview Lab: run Django 6.1 inside a notebook, check answers, and self-check with MCQs.

The first cell of every notebook is ``from helpers import setup; setup()``.
"""

from ._bootstrap import setup
from ._catalogue import show_modules
from ._checks import CheckFailed, check, check_equal, expect_queries, expect_raises, passed
from ._models import create_tables
from ._quiz import quiz
from ._sql import show_queries, show_sql, sql_of
from ._urls import route

__all__ = [
    "CheckFailed",
    "check",
    "check_equal",
    "create_tables",
    "expect_queries",
    "expect_raises",
    "passed",
    "quiz",
    "route",
    "setup",
    "show_modules",
    "show_queries",
    "show_sql",
    "sql_of",
]
