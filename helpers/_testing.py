"""Run test classes from a notebook with unittest, and grade tests by the bugs they catch."""

import sys
import threading
import unittest
from contextlib import contextmanager
from dataclasses import dataclass, field

_MISSING = object()


@dataclass
class TestRun:
    """What one run of test classes gave: each test's outcome, in the order unittest ran them."""

    outcomes: list = field(default_factory=list)  # (test name, "ok" | "FAIL" | "ERROR" | "skipped" | ..., detail)

    @property
    def ran(self):
        return sum(1 for _, status, _ in self.outcomes if status != "skipped")

    @property
    def failed(self):
        """The names of the tests that failed or raised (a class whose setup raised counts as one)."""
        return [name for name, status, _ in self.outcomes if status in ("FAIL", "ERROR", "unexpected success")]

    @property
    def passed(self):
        """True when at least one test ran and none failed or raised."""
        return self.ran > 0 and not self.failed

    def __repr__(self):
        """The report: one line per test (with the first line of its failure), then the totals."""
        lines = []
        for name, status, detail in self.outcomes:
            lines.append(f"{name} ... {status}" + (f"\n    {detail}" if detail else ""))
        counts = f"{self.ran} test{'s' if self.ran != 1 else ''} ran, {len(self.failed)} failed"
        lines.append(("OK: " if self.passed else "FAILED: ") + counts)
        return "\n".join(lines)


class _Result(unittest.TestResult):
    """unittest's own TestResult, recording each outcome in a TestRun as it happens."""

    def __init__(self, run):
        super().__init__()
        self.run = run

    def _name(self, test):
        method = getattr(test, "_testMethodName", None)
        return f"{type(test).__name__}.{method}" if method else str(test)

    def addSuccess(self, test):
        super().addSuccess(test)
        self.run.outcomes.append((self._name(test), "ok", ""))

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.run.outcomes.append((self._name(test), "FAIL", _summary(err)))

    def addError(self, test, err):
        super().addError(test, err)
        self.run.outcomes.append((self._name(test), "ERROR", _summary(err)))

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            status = "FAIL" if issubclass(err[0], test.failureException) else "ERROR"
            self.run.outcomes.append((f"{self._name(test)} {subtest._subDescription()}", status, _summary(err)))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.run.outcomes.append((self._name(test), "skipped", reason))

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.run.outcomes.append((self._name(test), "expected failure", ""))

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.run.outcomes.append((self._name(test), "unexpected success", ""))


def _summary(err):
    """Return 'ExceptionType: first line of the message' of an exc_info triple (long lines cut)."""
    kind, value, _ = err
    lines = str(value).strip().splitlines()
    text = " ".join(lines[0].split()) if lines else ""
    if len(text) > 300:
        text = text[:297] + "..."
    return f"{kind.__name__}: {text}" if text else kind.__name__


def _run_suite(suite):
    """Run a suite in a new thread (no event loop there, so async tests run) and return its TestRun."""
    run = TestRun()
    failure = []

    def work():
        from django.db import connections

        try:
            suite.run(_Result(run))
        except BaseException as exc:  # noqa: BLE001 (reported to the caller, in its own thread)
            failure.append(exc)
        finally:
            connections.close_all()  # this thread's connections; the kernel's own stay open

    worker = threading.Thread(target=work, name="unittest-in-a-cell")
    worker.start()
    worker.join()
    if failure:
        raise failure[0]
    return run


@contextmanager
def _test_environment():
    """Run a block between Django's setup_test_environment() and teardown_test_environment(), as the test
    runner does, unless something else set the test environment up already (then leave it as it is)."""
    from django.test.utils import _TestState, setup_test_environment, teardown_test_environment

    if hasattr(_TestState, "saved_data"):
        yield
        return
    setup_test_environment()
    try:
        yield
    finally:
        teardown_test_environment()


def _suite(test_classes):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for test_class in test_classes:
        if not (isinstance(test_class, type) and issubclass(test_class, unittest.TestCase)):
            raise TypeError(f"run_tests() takes unittest.TestCase subclasses, not {test_class!r}")
        suite.addTests(loader.loadTestsFromTestCase(test_class))
    return suite


def run_tests(*test_classes):
    """Run test classes as Django's test runner would, in the notebook's database; return the outcome.

    The outcome's repr is the report, so a cell that ends with ``run_tests(...)`` shows it. The tests
    run in a thread of their own, so ``async def`` tests work inside a notebook, between Django's
    ``setup_test_environment()`` (``response.templates``, ``mail.outbox``) and its teardown.
    """
    suite = _suite(test_classes)
    with _test_environment():
        return _run_suite(suite)


@dataclass
class TestGrade:
    """How a test class did: against each right implementation (must pass) and each bug (must be caught)."""

    subject: str
    tests: int
    right: dict  # label -> TestRun
    wrong: dict  # label -> TestRun

    @property
    def passes_right(self):
        """True when the tests pass against every right implementation."""
        return self.tests > 0 and all(run.passed for run in self.right.values())

    @property
    def caught(self):
        """The bugs that made at least one test fail or raise."""
        return [label for label, run in self.wrong.items() if run.failed]

    @property
    def missed(self):
        """The bugs every test passed with."""
        return [label for label, run in self.wrong.items() if not run.failed]

    def failures_on_right(self):
        """Return 'test: detail' lines of the tests that failed against a right implementation."""
        lines = []
        for label, run in self.right.items():
            for name, status, detail in run.outcomes:
                if status in ("FAIL", "ERROR", "unexpected success"):
                    lines.append(f"{name} ({label}): {status} {detail}".rstrip())
        return lines

    def __repr__(self):
        """The report: how the tests did against each right version and each bug."""
        lines = [f"{self.tests} test{'s' if self.tests != 1 else ''} of {self.subject}"]
        for label, run in self.right.items():
            lines.append(f"  right, {label}: {'all pass' if run.passed else 'FAILED ' + ', '.join(run.failed)}")
        for label, run in self.wrong.items():
            lines.append(f"  bug, {label}: " + (f"caught by {', '.join(run.failed)}" if run.failed else "MISSED"))
        return "\n".join(lines)


def grade_tests(test_class, subject, *, right, wrong):
    """Run test_class once with each implementation of ``subject`` and return a TestGrade.

    subject is the global name the tests call (in the module that defines test_class, ``__main__`` for a
    notebook); right and wrong map a label to an implementation put under that name for one run. Good tests
    pass against every right implementation and fail against every wrong one. The name is restored after.
    The grade's repr is the report, so a cell that ends with ``grade_tests(...)`` shows it.
    """
    if not (isinstance(test_class, type) and issubclass(test_class, unittest.TestCase)):
        raise TypeError(f"grade_tests() takes a unittest.TestCase subclass, not {test_class!r}")
    namespace = vars(sys.modules[test_class.__module__])
    tests = _suite([test_class]).countTestCases()
    original = namespace.get(subject, _MISSING)
    runs = {"right": {}, "wrong": {}}
    try:
        with _test_environment():
            for kind, implementations in (("right", right), ("wrong", wrong)):
                for label, implementation in implementations.items():
                    namespace[subject] = implementation
                    runs[kind][label] = _run_suite(_suite([test_class]))
    finally:
        if original is _MISSING:
            namespace.pop(subject, None)
        else:
            namespace[subject] = original
    return TestGrade(subject, tests, runs["right"], runs["wrong"])
