"""Checks for visible tests that say what is wrong, not just that something is."""

from contextlib import contextmanager

from django.db import connection
from django.test.utils import CaptureQueriesContext

from ._sql import _plural, format_queries


class CheckFailed(AssertionError):
    """A visible check that failed; its message says what was expected and what happened."""

    def _render_traceback_(self):
        """Show only the message in a notebook, not a traceback into the course package."""
        return [f"\N{HEAVY BALLOT X} Check failed: {self}"]


def check(condition, message):
    """Fail with message unless condition is true."""
    if not condition:
        raise CheckFailed(message)


def check_equal(actual, expected, what="the result"):
    """Fail unless actual == expected, naming what was compared."""
    if actual != expected:
        raise CheckFailed(f"{what}: expected {expected!r}, got {actual!r}")


@contextmanager
def expect_queries(expected, why=""):
    """Fail unless the block runs exactly expected SQL queries; why says what the right answer does."""
    with CaptureQueriesContext(connection) as captured:
        yield captured
    got = len(captured)
    if got != expected:
        message = f"expected {_plural(expected, 'query')}, got {got}"
        if why:
            message += f": {why}"
        if got:
            message += "\nQueries run:\n" + format_queries(captured.captured_queries)
        raise CheckFailed(message)


@contextmanager
def expect_raises(exception, why=""):
    """Fail unless the block raises exception (or a subclass); yields a holder whose .value is the exception."""

    class Raised:
        value = None

    try:
        yield Raised
    except exception as exc:
        Raised.value = exc
        return
    except Exception as exc:
        raise CheckFailed(
            f"expected {exception.__name__}, got {type(exc).__name__}: {exc}" + (f" ({why})" if why else "")
        ) from exc
    raise CheckFailed(f"expected {exception.__name__}, but nothing was raised" + (f": {why}" if why else ""))


def passed(exercise):
    """Say that the visible checks of an exercise passed."""
    print(f"\N{HEAVY CHECK MARK} {exercise}: visible checks pass (more tests run when your work is graded).")
