"""course-grade on a class with every kind of bad submission: right scores, clear reasons, nothing lost."""

import csv
import hashlib
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from course import (
    ROOT,
    copy_course,
    course_grade,
    gradebook,
    mutants,
    nbgrader,
    read_notebook,
    solution_cells,
    with_cell_replaced,
    write_submission,
)
from postgres import postgres_db, postgres_url  # noqa: F401 (fixtures)

ASSIGNMENT = "03_orm"
MAX = 12


def _without(nb, grade_id):
    """Return a copy of nb without cell grade_id."""
    nb = nbformat.from_dict(nb)
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != grade_id]
    return nb


def _submissions(solution, blank):
    """Return {student: notebook, bytes or None (an empty submission)} for every case under test."""
    wrong = mutants(ASSIGNMENT)
    return {
        "good": solution,
        "blank": blank,
        "bad-json": b'{"cells": [ this is not json',
        "missing": None,
        "renamed": ("03_orm (copy).ipynb", solution),
        "loop": with_cell_replaced(solution, "cheap_books", "def cheap_books(max_price):\n    while True:\n        pass"),
        "dies": with_cell_replaced(solution, "safe_get", "import os\n\ndef safe_get(model, **lookup):\n    os._exit(1)"),
        "deleted-test": _without(solution, "test_merge"),
        "edited-test": with_cell_replaced(with_cell_replaced(solution, "merge", wrong["merge"]), "test_merge", "pass"),
        "huge-output": with_cell_replaced(
            solution,
            "recent_books",
            "def recent_books(year):\n    for i in range(20_000):\n        print('noise', i)\n"
            "    return Book.objects.filter(year__gte=year).order_by('-year')",
        ),
        "stderr": with_cell_replaced(
            solution,
            "titles_and_count",
            "import sys\n\ndef titles_and_count(qs):\n    print('debugging', file=sys.stderr)\n"
            "    books = list(qs)\n    return [b.title for b in books], len(books)",
        ),
        "redefines-checks": with_cell_replaced(
            solution,
            "available_non_crime",
            wrong["available_non_crime"]
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
    "loop": MAX - 1,  # cheap_books (1 point) times out; everything after it still runs
    "dies": 3,  # the first three exercises ran before the kernel died in safe_get's test
    "deleted-test": MAX - 2,  # merge's test cell is gone
    "edited-test": MAX - 2,  # the original test is restored and catches the wrong merge
    "huge-output": MAX,
    "stderr": MAX,
    "redefines-checks": MAX - 1,  # the test cell imports the real checks again
}

REASONS = {
    "bad-json": "is not a valid notebook",
    "missing": "03_orm.ipynb is missing",
    "renamed": "found 03_orm (copy).ipynb (renamed?)",
    "loop": "cheap_books timed out",
    "dies": "the kernel died in test_safe_get",
    "edited-test": "the locked cell test_merge was edited; the original was graded",
    "deleted-test": "the locked cell test_merge was deleted",
    "huge-output": "its output was truncated",
}


def _tree_digest(path):
    """Return a digest of every file's path and bytes under path."""
    digest = hashlib.sha256()
    for file in sorted(p for p in Path(path).rglob("*") if p.is_file()):
        digest.update(str(file.relative_to(path)).encode() + file.read_bytes())
    return digest.hexdigest()


def _answered(course):
    """Return what a good student hands in: the release with every answer written."""
    source = read_notebook(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    solution = read_notebook(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    for grade_id in solution_cells(source):
        answer = next(c.source for c in source.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)
        solution = with_cell_replaced(solution, grade_id, answer)
    return solution


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Grade the whole class once; return (course dir, completed process, submitted digest before)."""
    course = copy_course(tmp_path_factory.mktemp("class") / "course")
    nbgrader(course, "generate_assignment", ASSIGNMENT, "--force")
    blank = read_notebook(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    solution = _answered(course)
    for student, content in _submissions(solution, blank).items():
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
    proc = course_grade(course, ASSIGNMENT, "--timeout", "10", "--workers", "2")
    return course, proc, before


def test_the_batch_completes(graded):
    _, proc, _ = graded
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{len(EXPECTED)} submissions graded" in proc.stdout


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
    for image in ("scores.png", "exercises.png"):
        assert (report / image).read_bytes().startswith(b"\x89PNG"), image
    rows = (report / "grades.csv").read_text().splitlines()
    assert rows[0].startswith("assignment,")
    assert len(rows) == 1 + len(EXPECTED)


def test_feedback_hides_hidden_tests_but_shows_results(graded):
    course, _, _ = graded
    html = (course / "feedback" / "good" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    assert "BEGIN HIDDEN TESTS" not in html
    assert "a lookup across the FK" not in html  # text of a hidden check
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
    course = copy_course(tmp_path / "course")
    nbgrader(course, "generate_assignment", ASSIGNMENT, "--force", "--db", postgres_db)
    source = read_notebook(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    blank = read_notebook(course / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    wrong = with_cell_replaced(source, "merge", mutants(ASSIGNMENT)["merge"])
    for student, nb in {"good": source, "blank": blank, "wrong-merge": wrong}.items():
        write_submission(course, ASSIGNMENT, student, nb)
    proc = course_grade(course, ASSIGNMENT, "--db", postgres_db, "--workers", "2", "--no-feedback")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with Gradebook(postgres_db, course_id="django-interview-lab") as gb:
        scores = {s: gb.find_submission(ASSIGNMENT, s).score for s in ("good", "blank", "wrong-merge")}
    assert scores == {"good": MAX, "blank": 0, "wrong-merge": MAX - 2}
    assert not (course / "gradebook.db").exists(), "a SQLite gradebook was written instead of PostgreSQL"


def test_a_submission_that_kills_its_grader_does_not_stop_the_batch(tmp_path):
    """Unsandboxed, a kernel can kill the worker process that grades it; the others are still graded."""
    course = copy_course(tmp_path / "course")
    nbgrader(course, "generate_assignment", ASSIGNMENT, "--force")
    source = _answered(course)
    killer = with_cell_replaced(source, "cheap_books", "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)")
    for student, nb in {"first": source, "killer": killer, "second": source, "third": source}.items():
        write_submission(course, ASSIGNMENT, student, nb)
    proc = course_grade(course, ASSIGNMENT, "--workers", 2, "--no-feedback", COURSE_SANDBOX="off")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "killer: nbgrader could not grade it: the grading process died" in proc.stdout, proc.stdout
    with gradebook(course) as gb:
        for student in ("first", "second", "third"):
            assert gb.find_submission(ASSIGNMENT, student).score == MAX, student
