"""Every inventory ID of an existing module is covered by that module's sections, and its quizzes exist."""

import csv
import re

import pytest

from course import ASSIGNMENTS, ROOT, read_notebook, source_notebook
from helpers._bank import module

QUIZ = re.compile(r'quiz\("([\w.]+)"\)')


def _module_ids(number):
    """Return the inventory IDs that tests/inventory.csv maps to module number ('03')."""
    with open(ROOT / "tests" / "inventory.csv", newline="", encoding="utf-8") as f:
        rows = [row for row in csv.reader(f) if row and not row[0].startswith("#")]
    return {row[0] for row in rows[1:] if row[1] == number}


def _sections(nb):
    """Return [(heading, covers)] of the notebook's section heading cells (markdown starting with '## ')."""
    return [
        (c.source.splitlines()[0].lstrip("-\n ").strip(), c.metadata.get("course", {}).get("covers"))
        for c in nb.cells
        if c.cell_type == "markdown" and re.search(r"^## \d", c.source, re.M)
    ]


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_sections_cover_every_id_of_the_module(assignment):
    """Every section names the inventory topics it teaches; together they are exactly the module's.

    A topic may be taught in more than one section: module 04 has two inventory IDs and six sections
    (its Depth topics build on them). Modules beyond the seeds (16, 17) have no inventory IDs.
    """
    nb = read_notebook(source_notebook(assignment))
    sections = _sections(nb)
    assert len(sections) >= 5, f"{assignment}: {len(sections)} sections, need at least 5"
    expected = _module_ids(assignment[:2])
    covered = set()
    for heading, covers in sections:
        assert isinstance(covers, list), f"{assignment}: section {heading!r} has no metadata course.covers"
        assert covers or not expected, f"{assignment}: section {heading!r} records no inventory IDs in course.covers"
        assert len(covers) == len(set(covers)), f"{assignment}: section {heading!r} records an ID twice"
        covered |= set(covers)
    assert covered == expected, (
        f"{assignment}: missing {sorted(expected - covered)}, not of this module {sorted(covered - expected)}"
    )


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_bank_section_has_its_quiz_cell(assignment):
    nb = read_notebook(source_notebook(assignment))
    called = [m for c in nb.cells if c.cell_type == "code" for m in QUIZ.findall(c.source)]
    bank = module(assignment)
    assert sorted(called) == sorted(f"{assignment}.{s}" for s in bank.sections)
    assert len(called) == len(_sections(nb)), "one quiz per section"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_last_cell_is_the_recap_from_the_bank(assignment):
    last = read_notebook(source_notebook(assignment)).cells[-1]
    assert last.cell_type == "code" and f'recap("{assignment}")' in last.source, (
        f"{assignment}: the last cell must be the locked recap cell calling recap({assignment!r})"
    )
    assert last.metadata.get("nbgrader", {}).get("locked"), f"{assignment}: the recap cell must be locked"
