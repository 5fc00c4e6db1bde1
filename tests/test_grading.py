"""The nbgrader round trip of every assignment: generate, autograde, feedback, export.

Students graded (one `nbgrader autograde` run per assignment, in a temp copy of the course):
- ``solution``: the source notebook; must get every point.
- ``blank``: the release notebook as students receive it; must get 0.
- ``mutant-<name>``: the source notebook with solution cell ``<name>`` replaced by
  ``tests/mutants/<assignment>/<name>.py`` (a plausible wrong answer); must lose exactly the points of
  ``test_<name>`` and nothing else.
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from course import (
    ASSIGNMENTS,
    ROOT,
    copy_course,
    grade_cells,
    gradebook,
    mutants,
    mutants_dir,
    nbgrader,
    nbgrader_meta,
    read_notebook,
    solution_cells,
    write_submission,
    source_notebook,
    with_cell_replaced,
)

MUTANTS = [(a, name) for a in ASSIGNMENTS for name in mutants(a, ROOT)]


def mutant_student(name):
    return f"mutant-{name}"


@dataclass
class Graded:
    """One assignment autograded in its own course copy."""

    assignment: str
    course: Path
    max_points: dict  # grade_id -> points, from the source notebook
    scores: dict = field(default_factory=dict)  # student -> {grade_id: score}
    max_scores: dict = field(default_factory=dict)  # student -> {grade_id: max score in the gradebook}
    totals: dict = field(default_factory=dict)  # student -> (score, max_score)
    problems: dict = field(default_factory=dict)  # student -> why there is no score

    @property
    def students(self):
        return sorted(set(self.scores) | set(self.problems))

    def expected(self, student):
        """``{grade_id: expected score}`` for a student."""
        lost = f"test_{student[len('mutant-'):]}" if student.startswith("mutant-") else None
        return {
            g: 0.0 if student == "blank" or g == lost else points for g, points in self.max_points.items()
        }

    def expected_total(self, student):
        return sum(self.expected(student).values())

    def check(self, student):
        """Failure messages for one student (empty when every grade cell has its expected score)."""
        a = self.assignment
        if student in self.problems:
            return [f"{a}: student {student!r}: {self.problems[student]}"]
        actual, expected = self.scores[student], self.expected(student)
        messages = []
        for g in sorted(set(actual) | set(expected)):
            exp, act = expected.get(g), actual.get(g)
            if exp is None:
                messages.append(f"{a}: student {student!r}, cell {g!r}: graded but not a graded cell of the source")
            elif act is None:
                messages.append(f"{a}: student {student!r}, cell {g!r}: no grade in the gradebook (expected {exp:g})")
            elif self.max_scores[student].get(g) != self.max_points[g]:
                messages.append(
                    f"{a}: student {student!r}, cell {g!r}: worth {self.max_points[g]:g} points in the source, "
                    f"{self.max_scores[student].get(g):g} in the gradebook"
                )
            elif act != exp:
                messages.append(f"{a}: student {student!r}, cell {g!r}: expected {exp:g}, got {act:g}")
        score, max_score = self.totals[student]
        if score != self.expected_total(student):
            messages.append(f"{a}: student {student!r}: total expected {self.expected_total(student):g}, got {score:g}")
        if max_score != sum(self.max_points.values()):
            messages.append(
                f"{a}: student {student!r}: max score expected {sum(self.max_points.values()):g}, got {max_score:g}"
            )
        return messages


def grade(assignment, course):
    copy_course(course, ROOT)
    nbgrader(course, "generate_assignment", "--force", assignment)

    source = read_notebook(course / "source" / assignment / f"{assignment}.ipynb")
    release = read_notebook(course / "release" / assignment / f"{assignment}.ipynb")
    graded = Graded(assignment, course, grade_cells(source))

    write_submission(course, assignment, "solution", source)
    write_submission(course, assignment, "blank", release)
    answers = set(solution_cells(source))
    for name, code in mutants(assignment, ROOT).items():
        if name in answers:  # a mutant of no solution cell fails test_mutants_match_solution_cells
            write_submission(course, assignment, mutant_student(name), with_cell_replaced(source, name, code))

    nbgrader(course, "autograde", "--force", assignment)

    students = sorted(p.name for p in (course / "submitted").iterdir())
    with gradebook(course) as gb:
        for student in students:
            try:
                nb = gb.find_submission_notebook(assignment, assignment, student)
            except Exception as exc:  # MissingEntry: autograde recorded nothing for this student
                graded.problems[student] = f"no graded submission in the gradebook ({exc!r})"
                continue
            graded.scores[student] = {g.name: float(g.score or 0) for g in nb.grades}
            graded.max_scores[student] = {g.name: float(g.max_score) for g in nb.grades}
            graded.totals[student] = (float(nb.score), float(nb.max_score))
            manual = sorted(g.name for g in nb.grades if g.needs_manual_grade)
            if manual:
                graded.problems[student] = f"cells {manual} need manual grading; every cell must be autograded"
    return graded


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """``graded(assignment)``: the assignment autograded once per module (and per xdist worker)."""
    cache = {}

    def get(assignment):
        if assignment not in cache:
            try:
                cache[assignment] = grade(assignment, tmp_path_factory.mktemp(f"grading-{assignment}") / "course")
            except BaseException as exc:  # remember the failure instead of autograding again per test
                cache[assignment] = exc
        if isinstance(cache[assignment], BaseException):
            raise cache[assignment]
        return cache[assignment]

    return get


# ---- conventions (no grading needed) -------------------------------------------------------------------


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_exercises_follow_conventions(assignment):
    """Each solution cell <name> has a locked, graded test cell test_<name> with points, and nothing else is graded."""
    nb = read_notebook(source_notebook(assignment, ROOT))
    answers = solution_cells(nb)
    graded_cells = {nbgrader_meta(c)["grade_id"]: nbgrader_meta(c) for c in nb.cells if nbgrader_meta(c).get("grade")}
    problems = []
    for name in answers:
        meta = graded_cells.get(f"test_{name}")
        if meta is None:
            problems.append(f"solution cell {name!r} has no graded test cell 'test_{name}'")
        elif meta.get("solution") or not meta.get("locked") or not float(meta.get("points", 0)) > 0:
            problems.append(f"test cell 'test_{name}' must be locked, solution=false and worth points: {meta}")
    for grade_id, meta in graded_cells.items():
        if not (grade_id.startswith("test_") and grade_id[len("test_"):] in answers):
            problems.append(f"graded cell {grade_id!r} does not test a solution cell (expected 'test_<name>')")
    assert answers, f"source/{assignment}/{assignment}.ipynb has no solution cell"
    assert not problems, f"source/{assignment}/{assignment}.ipynb:\n" + "\n".join(problems)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_solution_cell_has_a_mutant(assignment):
    answers = solution_cells(read_notebook(source_notebook(assignment, ROOT)))
    missing = [name for name in answers if name not in mutants(assignment, ROOT)]
    where = mutants_dir(assignment, ROOT).relative_to(ROOT)
    assert not missing, (
        f"{assignment}: solution cells without a mutant: {missing}. Add {where}/<name>.py: the full source "
        "of a plausible wrong answer, with a docstring saying what mistake it makes"
    )


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_mutant_names_a_solution_cell(assignment):
    answers = solution_cells(read_notebook(source_notebook(assignment, ROOT)))
    orphans = [name for name in mutants(assignment, ROOT) if name not in answers]
    assert not orphans, f"{assignment}: mutants that name no solution cell: {orphans} (solution cells: {answers})"


def test_mutants_belong_to_assignments():
    mutants_root = ROOT / "tests" / "mutants"
    stray = sorted(p.name for p in mutants_root.iterdir() if p.is_dir() and p.name not in ASSIGNMENTS) if mutants_root.is_dir() else []
    assert not stray, f"tests/mutants/ has directories of no assignment: {stray}"


# ---- autograded scores -----------------------------------------------------------------------------------


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solution_gets_full_marks(graded, assignment):
    result = graded(assignment)
    assert result.max_points, f"{assignment}: the source notebook has no graded cell"
    messages = result.check("solution")
    assert not messages, "the solution notebook does not get full marks:\n" + "\n".join(messages)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_blank_gets_zero(graded, assignment):
    messages = graded(assignment).check("blank")
    assert not messages, "the release notebook, unanswered, must score 0:\n" + "\n".join(messages)


@pytest.mark.parametrize(("assignment", "name"), MUTANTS)
def test_mutant_loses_only_its_points(graded, assignment, name):
    result = graded(assignment)
    student = mutant_student(name)
    assert f"test_{name}" in result.max_points, f"{assignment}: mutant {name!r} has no graded cell 'test_{name}'"
    assert student in result.students, (
        f"{assignment}: mutant {name!r} was not graded (does solution cell {name!r} exist?)"
    )
    messages = result.check(student)
    assert not messages, (
        f"mutant {name!r} must lose exactly the {result.max_points[f'test_{name}']:g} points of 'test_{name}':\n"
        + "\n".join(messages)
    )


# ---- feedback and export ---------------------------------------------------------------------------------


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_feedback_for_every_student(graded, assignment):
    result = graded(assignment)
    nbgrader(result.course, "generate_feedback", "--force", assignment)
    missing = [
        f"feedback/{s}/{assignment}/{assignment}.html"
        for s in result.students
        if not (result.course / "feedback" / s / assignment / f"{assignment}.html").is_file()
        or (result.course / "feedback" / s / assignment / f"{assignment}.html").stat().st_size == 0
    ]
    assert not missing, f"{assignment}: no feedback HTML for: {missing}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_export_has_every_student_score(graded, assignment):
    result = graded(assignment)
    out = result.course / f"grades-{assignment}.csv"
    nbgrader(result.course, "export", "--to", out)
    with out.open(newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["assignment"] == assignment]
    by_student = {}
    for row in rows:
        by_student.setdefault(row["student_id"], []).append(row)
    problems = []
    for student in result.students:
        found = by_student.get(student, [])
        if len(found) != 1:
            problems.append(f"student {student!r}: expected 1 row, found {len(found)}")
            continue
        expected, actual = result.expected_total(student), float(found[0]["score"])
        if actual != expected:
            problems.append(f"student {student!r}: score expected {expected:g}, got {actual:g}")
        max_expected, max_actual = sum(result.max_points.values()), float(found[0]["max_score"])
        if max_actual != max_expected:
            problems.append(f"student {student!r}: max_score expected {max_expected:g}, got {max_actual:g}")
    extra = sorted(set(by_student) - set(result.students))
    if extra:
        problems.append(f"rows for students who submitted nothing: {extra}")
    assert not problems, f"{assignment}: {out.name}:\n" + "\n".join(problems)
