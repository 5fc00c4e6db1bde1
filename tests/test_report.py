"""The teacher's class report, built from a small gradebook: titles, the per-student table, readable charts."""

from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
from nbgrader.api import Gradebook
from nbgrader.coursedir import CourseDirectory

from grading.batch import Outcome
from grading.report import exercise_titles, pass_rate_chart, score_histogram, write_report

pytestmark = pytest.mark.slow  # grades or executes notebooks: `make check` leaves it out

ASSIGNMENT = "01_demo"
EDITED = "01_demo.ipynb: the locked cell test_second was edited; the original was graded"


def _cell(grade_id, *, grade, points=0):
    """Return a solution cell (grade=False) or a locked test cell worth points."""
    meta = {"grade": grade, "solution": not grade, "locked": grade, "grade_id": grade_id}
    if grade:
        meta["points"] = points
    return new_code_cell("...", metadata={"nbgrader": meta})


def _release():
    """Return the release notebook: two exercises, each a heading, an answer cell and a test cell."""
    return new_notebook(cells=[
        new_markdown_cell("# 01 · Demo"),
        new_markdown_cell("## 1 · A section\n\n### Exercise 1.1 — First steps (1 point)\nWrite `first()`."),
        _cell("first", grade=False),
        _cell("test_first", grade=True, points=1),
        new_markdown_cell("Some prose first.\n\n### Exercise 1.2 — `second()` done right (2 points)"),
        _cell("second", grade=False),
        _cell("test_second", grade=True, points=2),
    ])


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """Return the CourseDirectory of a class of two: ana passes exercise 1.1 only, ben passes both.

    Module-wide: nbgrader takes seconds to create a gradebook (it asks alembic for its version).
    """
    tmp_path = tmp_path_factory.mktemp("course")
    release = tmp_path / "release" / ASSIGNMENT
    release.mkdir(parents=True)
    nbformat.write(_release(), release / f"{ASSIGNMENT}.ipynb")
    db_url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    scores = {"ana": {"test_first": 1, "test_second": 0}, "ben": {"test_first": 1, "test_second": 2}}
    with Gradebook(db_url, course_id="demo") as gb, gb.db.no_autoflush:
        gb.add_assignment(ASSIGNMENT)
        gb.add_notebook(ASSIGNMENT, ASSIGNMENT)
        for name, points in (("test_first", 1), ("test_second", 2)):
            gb.add_grade_cell(name, ASSIGNMENT, ASSIGNMENT, max_score=points, cell_type="code")
        for student, grades in scores.items():
            gb.add_student(student)
            gb.add_submission(ASSIGNMENT, student)
            for name, score in grades.items():
                gb.find_grade(name, ASSIGNMENT, ASSIGNMENT, student).auto_score = score
        gb.db.commit()
    return CourseDirectory(root=str(tmp_path), db_url=db_url, course_id="demo")


class _Tables(HTMLParser):
    """Collect the text of every table cell of a page: tables, rows, cells."""

    def __init__(self, page):
        super().__init__()
        self.tables, self._cell = [], None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.tables[-1][-1].append(self._cell.strip())
            self._cell = None
        elif tag == "li" and self._cell is not None:
            self._cell += "\n"

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


@pytest.fixture(scope="module")
def report(course):
    """Write the report of the class of two; return (its HTML, its tables)."""
    outcomes = [Outcome("ana", graded=True, problems=[EDITED]), Outcome("ben", graded=True)]
    out = Path(course.root) / "reports"
    path = write_report(course, ASSIGNMENT, outcomes, out)
    for name in ("scores.png", "exercises.png", "grades.csv"):
        assert (out / name).exists(), name
    assert (out / "scores.png").read_bytes().startswith(b"\x89PNG")
    page = path.read_text(encoding="utf-8")
    return page, _Tables(page).tables


def test_exercises_are_named_by_their_titles_hardest_first(report):
    page, (exercises, _) = report
    assert exercises == [
        ["exercise", "students passing"],
        ["Exercise 1.2 — second() done right", "50%"],
        ["Exercise 1.1 — First steps", "100%"],
    ]
    assert "<code>second()</code>" in page
    assert ">test_first<" not in page and ">test_second<" not in page


def test_every_student_has_a_row_with_score_and_problems(report):
    _, (_, students) = report
    assert students == [
        ["student", "score", "problems"],
        ["ana", "1 / 3", EDITED],
        ["ben", "3 / 3", "none"],
    ]


def test_titles_fall_back_to_the_grade_id_and_stay_distinct(tmp_path):
    nb = new_notebook(cells=[
        _cell("test_orphan", grade=True, points=1),  # no heading above it
        new_markdown_cell("### Exercise 2.1 — Two checks (2 points)"),
        _cell("test_a", grade=True, points=1),
        _cell("test_b", grade=True, points=1),
    ])
    nbformat.write(nb, tmp_path / "nb.ipynb")
    cells = [("nb", "test_orphan"), ("nb", "test_a"), ("nb", "test_b"), ("gone", "test_c")]
    assert exercise_titles(tmp_path, cells) == {
        ("nb", "test_orphan"): "test_orphan",
        ("nb", "test_a"): "Exercise 2.1 — Two checks (test_a)",
        ("nb", "test_b"): "Exercise 2.1 — Two checks (test_b)",
        ("gone", "test_c"): "test_c",
    }


def test_the_histogram_counts_students_in_whole_numbers():
    fig = score_histogram({"ana": 1.0, "ben": 3.0}, 3)
    ax = fig.axes[0]
    ticks = [t for t in ax.get_yticks() if ax.get_ylim()[0] <= t <= ax.get_ylim()[1]]
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks), ticks
    assert all(float(t).is_integer() for t in ax.get_xticks()), ax.get_xticks()
    assert sorted(t.get_text() for t in ax.texts if t.get_text()) == ["1", "1"]  # each bar labelled


def test_every_pass_rate_bar_is_labelled_even_at_zero():
    fig = pass_rate_chart({"Exercise 1.2 — `second()`": 0.0, "Exercise 1.1 — First steps": 1.0})
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == ["0%", "100%"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Exercise 1.2 — second()", "Exercise 1.1 — First steps"]
