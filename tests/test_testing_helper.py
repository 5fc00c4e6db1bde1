"""Unit tests of helpers.run_tests and helpers.grade_tests, run as plain Python (no kernel)."""

import pytest

from helpers import grade_tests, run_tests, setup

setup()

from django.contrib.auth.models import User  # noqa: E402 (needs setup())
from django.test import SimpleTestCase, TestCase  # noqa: E402


def double(n):
    """The code under test: the module global the test classes below call by name."""
    return n * 2


def _triple(n):
    return n * 3


def _raises(n):
    raise ValueError("broken")


def _strict_tests():
    class DoubleTests(SimpleTestCase):
        def test_two(self):
            self.assertEqual(double(2), 4)

    return DoubleTests


def _empty_tests():
    class DoubleTests(SimpleTestCase):
        def test_runs(self):
            double(2)

    return DoubleTests


def test_run_tests_reports_each_outcome():
    class Mixed(SimpleTestCase):
        def test_a_ok(self):
            self.assertTrue(True)

        def test_b_fails(self):
            self.assertEqual(1, 2, "one is not two")

        def test_c_raises(self):
            raise KeyError("k")

        def test_d_queries(self):
            User.objects.count()

    run = run_tests(Mixed)
    out = repr(run)
    assert [status for _, status, _ in run.outcomes] == ["ok", "FAIL", "ERROR", "FAIL"]
    assert run.failed == ["Mixed.test_b_fails", "Mixed.test_c_raises", "Mixed.test_d_queries"]
    assert not run.passed and run.ran == 4
    assert "AssertionError: 1 != 2 : one is not two" in out
    assert "DatabaseOperationForbidden" in out
    assert out.rstrip().endswith("FAILED: 4 tests ran, 3 failed")


def test_run_tests_rolls_back_testcase_and_runs_async_tests():
    class Rows(TestCase):
        def test_create(self):
            User.objects.create_user("only-in-the-test")
            self.assertTrue(User.objects.filter(username="only-in-the-test").exists())

        async def test_async(self):
            self.assertFalse(await User.objects.filter(username="only-in-the-test").aexists())

    run = run_tests(Rows)
    assert run.passed and run.ran == 2
    assert not User.objects.filter(username="only-in-the-test").exists()


def test_the_test_environment_is_set_up_for_a_run_only():
    from django.template.base import Template
    from django.test.utils import _TestState

    plain = Template._render

    class Seen(SimpleTestCase):
        def test_instrumented(self):
            self.assertIsNot(Template._render, plain)

    assert run_tests(Seen).passed
    assert Template._render is plain and not hasattr(_TestState, "saved_data")


def test_a_class_with_no_tests_does_not_pass():
    class Nothing(SimpleTestCase):
        pass

    assert not run_tests(Nothing).passed


def test_grade_tests_swaps_the_name_and_restores_it():
    grade = grade_tests(_strict_tests(), "double", right={"double": double}, wrong={"triple": _triple, "raises": _raises})
    assert grade.passes_right and grade.tests == 1
    assert grade.caught == ["triple", "raises"] and grade.missed == []
    assert double(2) == 4 and globals()["double"] is double
    assert "bug, triple: caught by DoubleTests.test_two" in repr(grade)


def test_grade_tests_a_test_that_asserts_nothing_catches_nothing():
    grade = grade_tests(_empty_tests(), "double", right={"double": double}, wrong={"triple": _triple})
    assert grade.passes_right and grade.missed == ["triple"]


def test_grade_tests_reports_failures_on_a_right_version():
    grade = grade_tests(_strict_tests(), "double", right={"a wrong 'right'": _triple}, wrong={})
    assert not grade.passes_right
    assert grade.failures_on_right() == ["DoubleTests.test_two (a wrong 'right'): FAIL AssertionError: 6 != 4"]


def test_grade_tests_refuses_what_is_not_a_test_class():
    with pytest.raises(TypeError, match="unittest.TestCase subclass"):
        grade_tests(object, "double", right={}, wrong={})
    with pytest.raises(TypeError, match="unittest.TestCase subclasses"):
        run_tests(double)
