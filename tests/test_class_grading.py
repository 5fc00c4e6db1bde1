"""course-grade on a class with every kind of bad submission: right scores, clear reasons, nothing lost.

It grades the grader's fixture (tests/fixtures/course, three exercises worth 1, 2 and 4 points), not a course
module, so editing a module changes nothing here. The cases are built from the notebook's structure (an
exercise <name> is checked by the locked cell test_<name>, DESIGN.md), not from what its exercises ask.
"""

import csv
import hashlib
import os
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from course import (
    FIXTURE,
    FIXTURE_ANSWERS,
    FIXTURE_HIDDEN,
    FIXTURE_ROOT,
    answered,
    answers,
    course_grade,
    fixture_course,
    grade_cells,
    gradebook,
    nbgrader,
    nbgrader_meta,
    read_notebook,
    solution_cells,
    source_notebook,
    with_cell_replaced,
    write_submission,
)
from postgres import postgres_db, postgres_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.slow  # grades or executes notebooks: `make check` leaves it out

ASSIGNMENT = FIXTURE
SOURCE = read_notebook(source_notebook(ASSIGNMENT, FIXTURE_ROOT))
POINTS = grade_cells(SOURCE)
MAX = sum(POINTS.values())
EXERCISES = solution_cells(SOURCE)
FIRST, SECOND, LAST = EXERCISES[0], EXERCISES[1], EXERCISES[-1]
WRONG = {}  # exercise: its first wrong answer
for _answer_file in answers(ASSIGNMENT, FIXTURE_ANSWERS):
    if _answer_file.kind == "wrong":
        WRONG.setdefault(_answer_file.exercise, _answer_file.source)
MUTATED = next(name for name in EXERCISES if name in WRONG)


def _points_before(grade_id):
    """Return the points of the graded cells above cell grade_id."""
    ids = [nbgrader_meta(c).get("grade_id") for c in SOURCE.cells]
    return sum(POINTS.get(i, 0) for i in ids[: ids.index(grade_id)])


def _without(nb, grade_id):
    """Return a copy of nb without cell grade_id."""
    nb = nbformat.from_dict(nb)
    nb.cells = [c for c in nb.cells if nbgrader_meta(c).get("grade_id") != grade_id]
    return nb


def _answer(nb, grade_id):
    """Return the source of cell grade_id."""
    return next(c.source for c in nb.cells if nbgrader_meta(c).get("grade_id") == grade_id)


def _submissions(solution, blank):
    """Return {student: notebook, bytes or None (an empty submission)} for every case under test."""
    wrong = WRONG[MUTATED]
    return {
        "good": solution,
        "blank": blank,
        "bad-json": b'{"cells": [ this is not json',
        "missing": None,
        "renamed": (f"{ASSIGNMENT} (copy).ipynb", solution),
        "loop": with_cell_replaced(solution, FIRST, "while True:\n    pass"),
        "dies": with_cell_replaced(solution, LAST, "import os\n\nos._exit(1)"),
        "deleted-test": _without(solution, f"test_{LAST}"),
        "edited-test": with_cell_replaced(with_cell_replaced(solution, MUTATED, wrong), f"test_{MUTATED}", "pass"),
        "huge-output": with_cell_replaced(
            solution, SECOND, _answer(solution, SECOND) + "\n\nfor i in range(20_000):\n    print('noise', i)\n"
        ),
        # A debugging hook left in an answer: every cell after it, test cells included, writes to stderr.
        "stderr": with_cell_replaced(
            solution,
            FIRST,
            _answer(solution, FIRST) + "\n\nimport sys\n\nget_ipython().events.register("
            "'post_run_cell', lambda result: print('debugging', file=sys.stderr))\n",
        ),
        "redefines-checks": with_cell_replaced(
            solution,
            MUTATED,
            wrong
            + "\n\ndef check_equal(*args, **kwargs):\n    pass\n\n"
            "import helpers\ntry:\n    helpers.check_equal = check_equal\nexcept AttributeError:\n    pass\n",
        ),
    }


EXPECTED = {
    "good": MAX,
    "blank": 0,
    "bad-json": 0,
    "missing": 0,
    "renamed": 0,
    "loop": MAX - POINTS[f"test_{FIRST}"],  # the answer cell times out; everything after it still runs
    "dies": _points_before(LAST),  # the cells above the one that killed the kernel keep their points
    "deleted-test": MAX - POINTS[f"test_{LAST}"],  # its test cell is gone
    "edited-test": MAX - POINTS[f"test_{MUTATED}"],  # the original test is restored and catches the wrong answer
    "huge-output": MAX,
    "stderr": MAX,
    "redefines-checks": MAX - POINTS[f"test_{MUTATED}"],  # the test cell imports the real checks again
}

REASONS = {
    "bad-json": "is not a valid notebook",
    "missing": f"{ASSIGNMENT}.ipynb is missing",
    "renamed": f"found {ASSIGNMENT} (copy).ipynb (renamed?)",
    "loop": f"{FIRST} timed out",
    "dies": f"the kernel died in {LAST}",
    "edited-test": f"the locked cell test_{MUTATED} was edited; the original was graded",
    "deleted-test": f"the locked cell test_{LAST} was deleted",
    "huge-output": f"{SECOND} printed too much; its output was truncated",
}


def _tree_digest(path):
    """Return a digest of every file's path and bytes under path."""
    digest = hashlib.sha256()
    for file in sorted(p for p in Path(path).rglob("*") if p.is_file()):
        digest.update(str(file.relative_to(path)).encode() + file.read_bytes())
    return digest.hexdigest()


def _release(course):
    """Return the release notebook of the course copy (what a student who wrote nothing hands in)."""
    return read_notebook(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Grade the whole class once; return (course dir, completed process, submitted digest before)."""
    course = fixture_course(tmp_path_factory.mktemp("class") / "course")
    nbgrader(course, "generate_assignment", ASSIGNMENT, "--force")
    for student, content in _submissions(answered(ASSIGNMENT, course), _release(course)).items():
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        name = f"{ASSIGNMENT}.ipynb"
        if isinstance(content, tuple):
            name, content = content
        if isinstance(content, bytes):
            (folder / name).write_bytes(content)
        elif content is not None:
            nbformat.write(content, folder / name)
    before = _tree_digest(course / "submitted")
    # 20 s a cell: the loop case costs that once; 10 s timed out the bootstrap cell on a machine at load 8.
    proc = course_grade(course, ASSIGNMENT, "--timeout", "20", "--workers", "2")
    return course, proc, before


def test_the_batch_completes(graded):
    _, proc, _ = graded
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{len(EXPECTED)} submissions graded" in proc.stdout


def test_a_clean_run_prints_no_warning(graded):
    """The first parallel grading of a class (new submissions in the gradebook) prints no Python warning."""
    _, proc, _ = graded
    assert "Warning" not in proc.stderr, proc.stderr  # such as SQLAlchemy's SAWarning, once per worker


@pytest.mark.parametrize("student", sorted(EXPECTED))
def test_each_submission_gets_the_right_score(graded, student):
    course, proc, _ = graded
    with open(course / "reports" / ASSIGNMENT / "grades.csv", newline="") as f:
        scores = {row["student_id"]: float(row["score"]) for row in csv.DictReader(f)}
    assert scores[student] == EXPECTED[student], f"{student}: expected {EXPECTED[student]}, got {scores[student]}\n{proc.stdout}"


def test_gradebook_holds_the_graded_scores(graded):
    course, _, _ = graded
    with gradebook(course) as gb:
        assert gb.find_submission(ASSIGNMENT, "good").score == MAX
        assert gb.find_submission(ASSIGNMENT, "dies").score == EXPECTED["dies"]


@pytest.mark.parametrize("student", sorted(REASONS))
def test_problem_submissions_are_explained(graded, student):
    _, proc, _ = graded
    lines = [line for line in proc.stdout.splitlines() if line.startswith(f"  {student}: ")]
    assert any(REASONS[student] in line for line in lines), f"{student}: no reason {REASONS[student]!r} in\n{proc.stdout}"


def test_good_submissions_report_no_problem(graded):
    _, proc, _ = graded
    assert not [line for line in proc.stdout.splitlines() if line.startswith(("  good:", "  blank:", "  stderr:"))]


def test_submitted_is_never_modified(graded):
    course, _, before = graded
    assert _tree_digest(course / "submitted") == before


def test_report_and_grades_are_written(graded):
    course, _, _ = graded
    report = course / "reports" / ASSIGNMENT
    html = (report / "report.html").read_text()
    assert "Exercises, hardest first" in html and "bad-json" in html
    assert f"<td>{FIRST}</td>" not in html and "<td>Exercise 1.1 — " in html  # the notebook's titles
    for student in EXPECTED:  # a row per student: score, then problems
        assert f"<td>{student}</td><td>{EXPECTED[student]:g} / {MAX:g}</td>" in html, student
    for image in ("scores.png", "exercises.png"):
        assert (report / image).read_bytes().startswith(b"\x89PNG"), image
    rows = (report / "grades.csv").read_text().splitlines()
    assert rows[0].startswith("assignment,")
    assert len(rows) == 1 + len(EXPECTED)


def test_feedback_hides_hidden_tests_but_shows_results(graded):
    course, _, _ = graded
    html = (course / "feedback" / "good" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    assert "BEGIN HIDDEN TESTS" not in html
    assert FIXTURE_HIDDEN not in html  # text of the hidden checks
    assert "hidden tests ran here" in html
    assert "visible checks pass" in html


def test_keep_hidden_tests_gives_nbgraders_feedback(graded):
    course, _, _ = graded
    proc = course_grade(course, ASSIGNMENT, "--student", "good", "--keep-hidden-tests", "--report-dir", str(course / "r2"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    html = (course / "feedback" / "good" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    assert "BEGIN HIDDEN TESTS" in html


def test_postgresql_gradebook(tmp_path, postgres_db):
    """The same command against a PostgreSQL gradebook (nbgrader's db_url), as a JupyterHub course would use."""
    course = fixture_course(tmp_path / "course")
    nbgrader(course, "generate_assignment", ASSIGNMENT, "--force", "--db", postgres_db)
    good = answered(ASSIGNMENT, course)
    wrong = with_cell_replaced(good, MUTATED, WRONG[MUTATED])
    for student, nb in {"good": good, "blank": _release(course), "wrong": wrong}.items():
        write_submission(course, ASSIGNMENT, student, nb)
    proc = course_grade(course, ASSIGNMENT, "--db", postgres_db, "--workers", "2", "--no-feedback")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with Gradebook(postgres_db, course_id="django-interview-lab") as gb:
        scores = {s: gb.find_submission(ASSIGNMENT, s).score for s in ("good", "blank", "wrong")}
    assert scores == {"good": MAX, "blank": 0, "wrong": MAX - POINTS[f"test_{MUTATED}"]}
    assert not (course / "gradebook.db").exists(), "a SQLite gradebook was written instead of PostgreSQL"


def test_a_submission_that_kills_its_grader_does_not_stop_the_batch(tmp_path):
    """Unsandboxed, a kernel can kill the worker process that grades it; the others are still graded."""
    course = fixture_course(tmp_path / "course")
    nbgrader(course, "generate_assignment", ASSIGNMENT, "--force")
    good = answered(ASSIGNMENT, course)
    killer = with_cell_replaced(good, FIRST, "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)")
    for student, nb in {"first": good, "killer": killer, "second": good, "third": good}.items():
        write_submission(course, ASSIGNMENT, student, nb)
    proc = course_grade(course, ASSIGNMENT, "--workers", 2, "--no-feedback", COURSE_SANDBOX="off")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "killer: nbgrader could not grade it: the grading process died" in proc.stdout, proc.stdout
    with gradebook(course) as gb:
        for student in ("first", "second", "third"):
            assert gb.find_submission(ASSIGNMENT, student).score == MAX, student


def test_from_another_directory_with_a_gradebook_that_lacks_the_assignment(tmp_path):
    """`--course` from a sibling directory: the course's gradebook is used (created, and the assignment
    added to it from source/), nothing is written where the command runs, and release/ is untouched."""
    course = fixture_course(tmp_path / "course")  # no `nbgrader generate_assignment`: no gradebook yet
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    released = _tree_digest(course / "release")
    for student, nb in {"good": answered(ASSIGNMENT, course), "blank": _release(course)}.items():
        write_submission(course, ASSIGNMENT, student, nb)
    proc = course_grade(elsewhere, ASSIGNMENT, "--course", "../course", "--no-feedback", COURSE_SANDBOX="off")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Warning" not in proc.stderr, proc.stderr
    assert list(elsewhere.iterdir()) == []
    assert _tree_digest(course / "release") == released
    with gradebook(course) as gb:
        assert {s: gb.find_submission(ASSIGNMENT, s).score for s in ("good", "blank")} == {"good": MAX, "blank": 0}


@pytest.fixture
def broken_bwrap(tmp_path, monkeypatch):
    """Return a course copy, with first on PATH a bwrap that cannot create a sandbox (no user namespaces)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "bwrap"
    fake.write_text("#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return fixture_course(tmp_path / "course")


def test_loading_the_config_probes_no_sandbox(broken_bwrap, monkeypatch):
    """nbgrader commands that start no kernel say nothing about the sandbox, even with COURSE_SANDBOX=required."""
    monkeypatch.setenv("COURSE_SANDBOX", "required")
    proc = nbgrader(broken_bwrap, "generate_assignment", ASSIGNMENT, "--force")
    assert "sandbox" not in (proc.stdout + proc.stderr).lower() and "ISOLATED" not in proc.stderr, proc.stderr


def test_a_required_sandbox_that_is_missing_stops_grading_in_one_line(broken_bwrap):
    nbgrader(broken_bwrap, "generate_assignment", ASSIGNMENT, "--force")
    write_submission(broken_bwrap, ASSIGNMENT, "good", answered(ASSIGNMENT, broken_bwrap))
    proc = course_grade(broken_bwrap, ASSIGNMENT, "--no-feedback", COURSE_SANDBOX="required")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.splitlines() == [
        "course-grade: COURSE_SANDBOX=required, but no grading sandbox can be started here: "
        "bwrap cannot create a sandbox here: bwrap: No permissions to create new namespace"
    ]
    assert not (broken_bwrap / "autograded").exists()


def test_a_missing_sandbox_is_warned_about_once(broken_bwrap):
    nbgrader(broken_bwrap, "generate_assignment", ASSIGNMENT, "--force")
    good = answered(ASSIGNMENT, broken_bwrap)
    for student in ("first", "second", "third"):
        write_submission(broken_bwrap, ASSIGNMENT, student, good)
    proc = course_grade(broken_bwrap, ASSIGNMENT, "--workers", 2, "--no-feedback")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stderr.count("GRADING IS NOT ISOLATED") == 1, proc.stderr
    assert proc.stderr.startswith("course-grade: WARNING: GRADING IS NOT ISOLATED"), proc.stderr
    with gradebook(broken_bwrap) as gb:
        assert [gb.find_submission(ASSIGNMENT, s).score for s in ("first", "second", "third")] == [MAX] * 3
