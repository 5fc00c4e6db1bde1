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


# Values whose truth a check can take at face value: their bool() is the interpreter's own.
_PLAIN = frozenset({bool, int, float, str, bytes, list, tuple, dict, set, frozenset, type(None)})


def check(condition, message):
    """Fail with message unless condition is true.

    The condition should be a bool (a comparison, ``isinstance``, ``.exists()``). Another object
    fails, saying so: a ``unittest.mock.MagicMock`` (or anything with its own ``__bool__``) is true
    whatever the answer was, so it cannot pass a check.
    """
    if condition is True:
        return
    if type(condition) in _PLAIN:
        if not condition:
            raise CheckFailed(message)
        return
    raise CheckFailed(f"{message} (the check got {_a(condition)}, not True or False)")


def _a(value):
    """Return 'a list', 'an int', 'a MagicMock': the exact type of value, with its article."""
    return _article(type(value))


def _article(kind):
    """Return 'a list', 'an int': the name of a type with its article."""
    name = kind.__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _repr(value):
    """Return repr(value), or a placeholder when the object's own __repr__ fails."""
    try:
        return repr(value)
    except Exception:  # noqa: BLE001 (a student's object may raise anything; the message must still be written)
        return f"<{type(value).__name__} object>"


def _type_mismatch(actual, expected, path=""):
    """Return where actual's type differs from expected's, looking inside lists, tuples, dicts and sets.

    Returns None when every type matches exactly, else a phrase such as "at [0]: a MagicMock, not a str".
    """
    if type(actual) is not type(expected):
        return f"at {path or 'the top'}: {_a(actual)}, not {_a(expected)}"
    kind = type(expected)
    if kind is list or kind is tuple:
        for index, (got, want) in enumerate(zip(actual, expected)):
            found = _type_mismatch(got, want, f"{path}[{index}]")
            if found:
                return found
    elif kind is dict or kind is set or kind is frozenset:
        allowed = {type(key) for key in expected}
        for key in actual:
            if allowed and type(key) not in allowed:
                what = "a key" if kind is dict else "an element"
                where = f"at {path}: " if path else ""
                return f"{where}{what} is {_a(key)}, not {' or '.join(sorted(map(_article, allowed)))}"
        if kind is dict:
            for key, want in expected.items():
                if key in actual:
                    found = _type_mismatch(actual[key], want, f"{path}[{key!r}]")
                    if found:
                        return found
    return None


def check_equal(actual, expected, what="the result"):
    """Fail unless actual == expected with exactly expected's type, naming what was compared.

    Types must match exactly, inside lists, tuples, dicts and sets too: a subclass (which can
    define its own ``__eq__``) or a ``unittest.mock.MagicMock`` is rejected before any comparison
    runs its code. Where a library returns a subclass (a template's ``SafeString``), convert it in
    the test (``html + ""``; ``str(html)`` returns the ``SafeString`` itself).
    """
    mismatch = _type_mismatch(actual, expected)
    if mismatch is not None:
        if type(actual) is not type(expected):
            raise CheckFailed(f"{what}: expected {expected!r} ({_a(expected)}), got {_repr(actual)} ({_a(actual)})")
        raise CheckFailed(f"{what}: expected {expected!r}, got {_repr(actual)} ({mismatch})")
    if actual != expected:
        raise CheckFailed(f"{what}: expected {expected!r}, got {_repr(actual)}")


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
    """Say that the visible checks of an exercise passed, and note it in the student's progress record.

    The record (in the workspace, never read by grading) is written only when the kernel runs in a
    student's workspace and nbgrader is not running the notebook.
    """
    print(f"\N{HEAVY CHECK MARK} {exercise}: visible checks pass (more tests run when your work is graded).")
    from ._progress import record_exercise  # imported here: test cells that fail never need it

    record_exercise(exercise)
