"""check_equal and check compare with strict types: a MagicMock or a look-alike subclass never passes."""

from decimal import Decimal
from unittest.mock import MagicMock

import pytest

from helpers import CheckFailed, check, check_equal


class AlwaysEqual(str):
    """A str that claims to equal anything (what a dishonest answer would return)."""

    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        ("Dune", "Dune"),
        (3, 3),
        (Decimal("6.75"), Decimal("6.75")),
        (["Dune", "Emma"], ["Dune", "Emma"]),
        ((["Dune"], 1), (["Dune"], 1)),
        ({"scifi": [1, 2]}, {"scifi": [1, 2]}),
        ({1, 2}, {2, 1}),
        (frozenset({"a"}), frozenset({"a"})),
        (None, None),
        ([], []),
    ],
)
def test_equal_values_of_the_same_types_pass(actual, expected):
    check_equal(actual, expected, "the value")


def test_a_magicmock_is_rejected_whatever_it_claims():
    mock = MagicMock()
    mock.__eq__.return_value = True
    with pytest.raises(CheckFailed) as info:
        check_equal(mock, "Dune", "the title")
    assert str(info.value).startswith("the title: expected 'Dune' (a str), got <MagicMock")
    assert str(info.value).endswith("(a MagicMock)")


def test_a_subclass_faking_eq_is_rejected():
    with pytest.raises(CheckFailed, match=r"^the title: expected 'Dune' \(a str\), got 'x' \(an AlwaysEqual\)$"):
        check_equal(AlwaysEqual("x"), "Dune", "the title")


def test_numbers_of_another_type_are_rejected():
    with pytest.raises(CheckFailed, match=r"^the count: expected 3 \(an int\), got 3.0 \(a float\)$"):
        check_equal(3.0, 3, "the count")
    with pytest.raises(CheckFailed, match=r"expected 1 \(an int\), got True \(a bool\)"):
        check_equal(True, 1, "the count")


@pytest.mark.parametrize(
    ("actual", "expected", "where"),
    [
        ([MagicMock(), "Emma"], ["Dune", "Emma"], "at [0]: a MagicMock, not a str"),
        ((["Dune"], 1.0), (["Dune"], 1), "at [1]: a float, not an int"),
        ([("Dune", AlwaysEqual("x"))], [("Dune", "Emma")], "at [0][1]: an AlwaysEqual, not a str"),
        ({"a": [1, MagicMock()]}, {"a": [1, 2]}, "at ['a'][1]: a MagicMock, not an int"),
        ({MagicMock(): 1}, {"a": 1}, "a key is a MagicMock, not a str"),
        ({1, "x"}, {1, 2}, "an element is a str, not an int"),
        ({"k": {1.0}}, {"k": {1}}, "at ['k']: an element is a float, not an int"),
    ],
)
def test_types_are_checked_inside_containers(actual, expected, where):
    with pytest.raises(CheckFailed) as info:
        check_equal(actual, expected, "the result")
    assert str(info.value).startswith(f"the result: expected {expected!r}, got ")
    assert str(info.value).endswith(f"({where})")


def test_a_container_of_another_type_is_rejected():
    with pytest.raises(CheckFailed, match=r"expected \['Dune'\] \(a list\), got \('Dune',\) \(a tuple\)"):
        check_equal(("Dune",), ["Dune"], "the titles")


def test_values_of_the_same_types_that_differ_keep_their_message():
    with pytest.raises(CheckFailed, match=r"^the titles: expected \['Dune'\], got \['Emma'\]$"):
        check_equal(["Emma"], ["Dune"], "the titles")


def test_an_object_whose_repr_fails_still_gets_a_message():
    class Broken:
        def __repr__(self):
            raise RuntimeError("no repr")

    with pytest.raises(CheckFailed, match=r"got <.*Broken object> \(a Broken\)"):
        check_equal(Broken(), "Dune", "the title")


def test_check_takes_bools_and_plain_values_at_face_value():
    check(True, "unused")
    check(1 < 2, "unused")
    check(["x"], "unused")
    for falsy in (False, None, 0, "", []):
        with pytest.raises(CheckFailed, match="^must be true$"):
            check(falsy, "must be true")


def test_check_rejects_objects_whose_truth_is_their_own():
    with pytest.raises(CheckFailed, match=r"^must be true \(the check got a MagicMock, not True or False\)$"):
        check(MagicMock(), "must be true")
    with pytest.raises(CheckFailed, match=r"a MagicMock, not True or False"):
        check(MagicMock().startswith("SELECT"), "a SELECT")
