"""Django Interview Lab: run Django 6.1 inside a notebook, check answers, and self-check with MCQs.

The first cell of every notebook is ``from helpers import setup; setup()``.
"""

import sys
import types

from ._bootstrap import setup
from ._catalogue import show_modules
from ._checks import CheckFailed, check, check_equal, expect_queries, expect_raises, passed
from ._models import create_tables
from ._quiz import quiz
from ._recap import recap
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
    "recap",
    "route",
    "setup",
    "show_modules",
    "show_queries",
    "show_sql",
    "sql_of",
]


class _Guarded(types.ModuleType):
    """The helpers module, whose public names cannot be rebound from a notebook.

    Test cells import their checks from here; a student cell that runs
    ``helpers.check = lambda *a: None`` would otherwise disable them.
    """

    def __setattr__(self, name, value):
        if name in __all__:
            raise AttributeError(f"helpers.{name} belongs to the course and cannot be replaced")
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Guarded
