"""Django Interview Lab: run Django 6.1 inside a notebook, check answers, and self-check with MCQs.

The first cell of every notebook is ``from helpers import setup; setup()``.
"""

import importlib
import sys
import types

__all__ = [
    "CheckFailed",
    "check",
    "check_equal",
    "create_tables",
    "expect_queries",
    "expect_raises",
    "grade_tests",
    "manage",
    "migration_files",
    "mock_interview",
    "passed",
    "postgres_database",
    "postgres_problem",
    "progress",
    "quiz",
    "recap",
    "redis_location",
    "redis_problem",
    "reset_scratch_app",
    "route",
    "rows_returned",
    "run_tests",
    "scratch_app",
    "server_log",
    "setup",
    "show_migration",
    "show_modules",
    "show_queries",
    "show_response",
    "show_sql",
    "sql_of",
    "statements",
]

# Where each public name lives. A name is imported on first use (PEP 562), so the
# bootstrap cell loads only the bootstrap, not the checks (django.test) or the quiz (ipywidgets).
_SOURCES = {
    "CheckFailed": "_checks",
    "check": "_checks",
    "check_equal": "_checks",
    "create_tables": "_models",
    "expect_queries": "_checks",
    "expect_raises": "_checks",
    "grade_tests": "_testing",
    "manage": "_migrations",
    "migration_files": "_migrations",
    "mock_interview": "_interview",
    "passed": "_checks",
    "postgres_database": "_postgres",
    "postgres_problem": "_postgres",
    "progress": "_progress",
    "quiz": "_quiz",
    "recap": "_recap",
    "redis_location": "_redis",
    "redis_problem": "_redis",
    "reset_scratch_app": "_migrations",
    "route": "_urls",
    "rows_returned": "_sql",
    "run_tests": "_testing",
    "scratch_app": "_migrations",
    "server_log": "_http",
    "setup": "_bootstrap",
    "show_migration": "_migrations",
    "show_modules": "_catalogue",
    "show_queries": "_sql",
    "show_response": "_http",
    "show_sql": "_sql",
    "sql_of": "_sql",
    "statements": "_sql",
}


def __getattr__(name):
    """Import a public name from its module on first use and keep it."""
    if name not in _SOURCES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_SOURCES[name]}", __name__), name)
    globals()[name] = value  # the module's dict, not setattr: _Guarded refuses public names
    return value


def __dir__():
    """List the public names with the module's own, loaded or not."""
    return sorted(set(globals()) | set(__all__))


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
