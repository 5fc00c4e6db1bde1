"""Every exercise's tests tell right answers from wrong ones: the conventions, and each module graded as a class.

Wrong and right answers live in ``tests/answers/<assignment>/<exercise>/``: ``wrong_<slug>.py`` is a plausible
wrong answer (at least two per exercise, one of them the anti-pattern its section warns against) and
``right_<slug>.py`` a differently written right answer (at least one). Each is the full source of the solution
cell ``<exercise>``, starting with a docstring that says the mistake or how it differs.

The round trip grades each assignment as one class with ``course-grade`` (parallel workers, nbgrader's own
API) in a temp copy of the course. The students:
- ``solution``: the release with the source's solution cells, as a student who solved everything hands it in;
  gets every point.
- ``blank``: the release as students receive it; scores 0.
- ``wrong-<exercise>-<slug>``: the solution with that wrong answer; loses exactly the points of
  ``test_<exercise>`` and nothing else.
- ``right-pack-<k>``: the solution with the k-th right answer of every exercise that has one; gets every
  point.
With ``--wrong-answers-per-student N`` (N > 1), wrong answers to N different exercises share a student,
``wrong-pack-<k>``, early exercises with late ones: each answer must still lose its own test's points and
every other test keeps its points; what goes unseen is an earlier answer breaking a pack-mate's test, which
scores 0 anyway. A pack that scores otherwise than expected has each of its answers graded again alone
(``wrong-<exercise>-<slug>``, ``right-<exercise>-<slug>``), so that the failure names the answer.
course-grade must report no problem with any of them (no timeout, dead kernel or truncated output), the
feedback of ``solution`` and ``blank`` is produced without the hidden tests, and nbgrader's grades export
has a row for every student with the gradebook's total. The grader's fixture (tests/fixtures/course/)
gets the same round trip, so its answers are known to do what the grader's own tests rely on.

Grading runs with the sandbox off (``COURSE_SANDBOX=off``): what the round trip proves, that the tests tell
answers apart, does not depend on isolation, which tests/test_sandbox.py checks on its own; and off, every
machine grades the same way, with or without bubblewrap and user namespaces, and whether or not
test_sandbox.py has installed bubblewrap earlier in the same run.
"""

import ast
import csv
import resource
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from nbgrader.api import MissingEntry

from course import (
    ANSWER_FILE,
    ANSWERS,
    ASSIGNMENTS,
    FIXTURE,
    FIXTURE_ANSWERS,
    FIXTURE_HIDDEN,
    FIXTURE_POINTS,
    FIXTURE_ROOT,
    ROOT,
    answered,
    answers,
    answers_dir,
    copy_course,
    course_grade,
    grade_cells,
    gradebook,
    nbgrader_api,
    nbgrader_meta,
    read_notebook,
    release_notebook,
    solution_cells,
    source_notebook,
    with_cell_replaced,
    write_submission,
)

MIN_WRONG, MIN_RIGHT = 2, 1
SANDBOX = "off"  # see the module docstring

# (assignment, course root, answers root): every module, and the grader's fixture
SUBJECTS = [(a, ROOT, ANSWERS) for a in ASSIGNMENTS] + [(FIXTURE, FIXTURE_ROOT, FIXTURE_ANSWERS)]
IDS = [s[0] for s in SUBJECTS]


def _rel(path):
    """Return path relative to the repository, for messages."""
    return Path(path).relative_to(ROOT).as_posix()


def _exercises(assignment, root):
    return solution_cells(read_notebook(source_notebook(assignment, root)))


# ---- conventions (no grading) -----------------------------------------------------------------------------


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_exercises_follow_conventions(assignment):
    """Each solution cell <name> has a locked, graded test cell test_<name> with points, and nothing else is graded."""
    nb = read_notebook(source_notebook(assignment, ROOT))
    exercises = solution_cells(nb)
    graded_cells = {nbgrader_meta(c)["grade_id"]: nbgrader_meta(c) for c in nb.cells if nbgrader_meta(c).get("grade")}
    problems = []
    for name in exercises:
        meta = graded_cells.get(f"test_{name}")
        if meta is None:
            problems.append(f"solution cell {name!r} has no graded test cell 'test_{name}'")
        elif meta.get("solution") or not meta.get("locked") or not float(meta.get("points", 0)) > 0:
            problems.append(f"test cell 'test_{name}' must be locked, solution=false and worth points: {meta}")
    for grade_id in graded_cells:
        if not (grade_id.startswith("test_") and grade_id[len("test_"):] in exercises):
            problems.append(f"graded cell {grade_id!r} does not test a solution cell (expected 'test_<name>')")
    assert exercises, f"source/{assignment}/{assignment}.ipynb has no solution cell"
    assert not problems, f"source/{assignment}/{assignment}.ipynb:\n" + "\n".join(problems)


@pytest.mark.parametrize(("assignment", "root", "answers_root"), SUBJECTS, ids=IDS)
def test_every_exercise_has_wrong_and_right_answers(assignment, root, answers_root):
    found = answers(assignment, answers_root)
    short = []
    for name in _exercises(assignment, root):
        wrong = sum(a.exercise == name and a.kind == "wrong" for a in found)
        right = sum(a.exercise == name and a.kind == "right" for a in found)
        if wrong < MIN_WRONG or right < MIN_RIGHT:
            short.append(f"  {name}: {wrong} wrong (need {MIN_WRONG}), {right} right (need {MIN_RIGHT})")
    where = _rel(answers_dir(assignment, answers_root))
    assert not short, (
        f"{assignment}: exercises short of answers:\n" + "\n".join(short) + "\n"
        f"Add {where}/<exercise>/wrong_<slug>.py, plausible wrong answers (at least one the anti-pattern its "
        f"section warns against), and right_<slug>.py, differently written right answers: each the full source "
        f"of the solution cell, starting with a docstring that says the mistake, or how it differs."
    )


@pytest.mark.parametrize(("assignment", "root", "answers_root"), SUBJECTS, ids=IDS)
def test_every_answer_directory_names_a_solution_cell(assignment, root, answers_root):
    directory = answers_dir(assignment, answers_root)
    exercises = _exercises(assignment, root)
    found = sorted(p.name for p in directory.iterdir() if p.is_dir()) if directory.is_dir() else []
    orphans = [name for name in found if name not in exercises]
    assert not orphans, (
        f"{_rel(directory)}/ has answers to no exercise: {orphans}. Rename each to its solution cell's grade_id, "
        f"or delete it (solution cells: {exercises})"
    )


@pytest.mark.parametrize(("assignment", "root", "answers_root"), SUBJECTS, ids=IDS)
def test_answer_files_are_named_and_say_what_they_do(assignment, root, answers_root):
    directory = answers_dir(assignment, answers_root)
    problems = []
    for path in sorted(directory.rglob("*.py")) if directory.is_dir() else []:
        where = _rel(path)
        if path.parent == directory:
            problems.append(f"{where}: move it to {_rel(directory)}/<exercise>/ as wrong_<slug>.py or right_<slug>.py")
            continue
        if not ANSWER_FILE.match(path.name):
            problems.append(f"{where}: name it wrong_<slug>.py or right_<slug>.py (slug: lowercase words joined by _)")
            continue
        try:
            doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        except SyntaxError as exc:
            problems.append(f"{where}: not valid Python ({exc.msg}, line {exc.lineno})")
            continue
        if not doc:
            what = "the mistake it makes" if path.name.startswith("wrong_") else "how it differs from the solution"
            problems.append(f"{where}: start it with a docstring that says {what}")
        elif doc.startswith("TODO"):
            problems.append(f"{where}: still the template's placeholder; write a real answer and its docstring")
    assert not problems, "\n".join(problems)


def test_the_fixture_is_what_the_grader_tests_rely_on():
    """FIXTURE_POINTS and FIXTURE_HIDDEN (tests/course.py) describe the fixture notebook."""
    nb = read_notebook(source_notebook(FIXTURE))
    assert grade_cells(nb) == {f"test_{name}": float(points) for name, points in FIXTURE_POINTS.items()}
    hidden = [c.source.split("### BEGIN HIDDEN TESTS")[-1] for c in nb.cells if "### BEGIN HIDDEN TESTS" in c.source]
    assert len(hidden) == len(FIXTURE_POINTS) and all(FIXTURE_HIDDEN in h for h in hidden)
    assert FIXTURE_HIDDEN not in release_notebook(FIXTURE).read_text(encoding="utf-8")


def test_answers_belong_to_assignments():
    stray = sorted(p.name for p in ANSWERS.iterdir() if p.name not in ASSIGNMENTS) if ANSWERS.is_dir() else []
    assert not stray, (
        f"tests/answers/ holds {stray}, which are not assignments (source/<name>/<name>.ipynb); "
        f"move or delete them (assignments: {ASSIGNMENTS})"
    )


# ---- the class ---------------------------------------------------------------------------------------------


@dataclass
class Submission:
    """A student of the round trip: the notebook handed in, and the graded cells that must score 0."""

    student: str
    nb: object
    loses: frozenset
    answers: tuple = ()


def right_packs(found):
    """Return [[answer, ...], ...]: pack k holds the k-th right answer of every exercise that has one."""
    by_exercise = {}
    for answer in found:
        if answer.kind == "right":
            by_exercise.setdefault(answer.exercise, []).append(answer)
    depth = max(map(len, by_exercise.values()), default=0)
    return [[rights[k] for rights in by_exercise.values() if k < len(rights)] for k in range(depth)]


def wrong_packs(found, order, size):
    """Return [[answer, ...], ...]: the wrong answers, ``size`` to a pack (1: each alone), each pack's answers
    to different exercises, early exercises with late ones (``order``: the exercises in notebook order)."""
    wrong = sorted((a for a in found if a.kind == "wrong"), key=lambda a: (order.index(a.exercise), a.slug))
    if size <= 1:
        return [[a] for a in wrong]
    rows = -(-len(wrong) // size)
    columns = [wrong[i * rows:(i + 1) * rows] for i in range(size)]
    packs = []
    for i in range(rows):
        pack, seen = [], set()
        for answer in (column[i] for column in columns if i < len(column)):
            if answer.exercise in seen:
                packs.append([answer])  # a pack holds one answer per exercise
            else:
                pack.append(answer)
                seen.add(answer.exercise)
        packs.append(pack)
    return packs


def _with_answers(nb, pack):
    """Return nb with each answer of pack in its exercise's solution cell."""
    for a in pack:
        nb = with_cell_replaced(nb, a.exercise, a.source)
    return nb


def alone(solution, answer):
    """The student who hands in the solution with this one answer."""
    loses = frozenset({f"test_{answer.exercise}"} if answer.kind == "wrong" else ())
    return Submission(answer.student, _with_answers(solution, [answer]), loses, (answer,))


def round_trip_class(assignment, course, answers_root, wrong_per_student=1):
    """Return {student: Submission} for the assignment in the course copy (its release already generated)."""
    solution = answered(assignment, course)
    blank = read_notebook(release_notebook(assignment, course))
    points = grade_cells(read_notebook(source_notebook(assignment, course)))
    order = solution_cells(solution)
    found = [a for a in answers(assignment, answers_root) if a.exercise in order]
    subs = [Submission("solution", solution, frozenset()), Submission("blank", blank, frozenset(points))]
    for k, pack in enumerate(wrong_packs(found, order, wrong_per_student), 1):
        if len(pack) == 1:
            subs.append(alone(solution, pack[0]))
        else:
            loses = frozenset(f"test_{a.exercise}" for a in pack)
            subs.append(Submission(f"wrong-pack-{k}", _with_answers(solution, pack), loses, tuple(pack)))
    for k, pack in enumerate(right_packs(found), 1):
        subs.append(Submission(f"right-pack-{k}", _with_answers(solution, pack), frozenset(), tuple(pack)))
    return {s.student: s for s in subs}


@dataclass
class Graded:
    """One assignment graded as a class in its own course copy."""

    assignment: str
    course: Path
    db_url: str
    max_points: dict  # grade_id -> points, from the source notebook
    submissions: dict  # student -> Submission
    scores: dict = field(default_factory=dict)  # student -> {grade_id: (score, max score)}
    totals: dict = field(default_factory=dict)  # student -> (score, max score)
    problems: dict = field(default_factory=dict)  # student -> [what course-grade reported]
    output: str = ""  # what course-grade printed
    cpu_seconds: float = 0.0  # what grading the class cost

    def expected(self, student):
        """Return {grade_id: expected score} for a student."""
        loses = self.submissions[student].loses
        return {g: 0.0 if g in loses else points for g, points in self.max_points.items()}

    def check(self, student):
        """Return failure messages for one student (empty when every graded cell has its expected score)."""
        if student not in self.scores:
            return self.problems.get(student) or [f"{student}: not graded"]
        actual, expected = self.scores[student], self.expected(student)
        messages = []
        for g in sorted(set(actual) | set(expected)):
            if g not in expected:
                messages.append(f"{g}: graded, but not a graded cell of the source")
            elif g not in actual:
                messages.append(f"{g}: no grade in the gradebook (expected {expected[g]:g})")
            elif actual[g][1] != self.max_points[g]:
                messages.append(f"{g}: worth {self.max_points[g]:g} points in the source, "
                                f"{actual[g][1]:g} in the gradebook")
            elif actual[g][0] != expected[g]:
                messages.append(f"{g}: expected {expected[g]:g}, got {actual[g][0]:g}")
        score, max_score = self.totals[student]
        if score != sum(expected.values()) or max_score != sum(self.max_points.values()):
            messages.append(f"total {score:g} of {max_score:g}, expected {sum(expected.values()):g} of "
                            f"{sum(self.max_points.values()):g}")
        return messages

    def autograded(self, student):
        return self.course / "autograded" / student / self.assignment / f"{self.assignment}.ipynb"

    def packs(self):
        """Return the submissions that hold several answers."""
        return [s for s in self.submissions.values() if len(s.answers) > 1 or s.student.startswith("right-pack-")]

    def verdict(self, answer):
        """Return (student whose grades judge this answer, failure messages)."""
        if answer.student in self.submissions:  # graded alone
            return answer.student, self.check(answer.student)
        pack = next(s for s in self.packs() if answer in s.answers)
        return pack.student, self.check(pack.student)


def _course_grade(graded, students=()):
    """Run course-grade on the class (or only ``students``); record its scores and the problems it reports."""
    only = [arg for s in students for arg in ("--student", s)]
    proc = course_grade(graded.course, graded.assignment, "--db", graded.db_url, "--no-feedback", *only,
                        COURSE_SANDBOX=SANDBOX)
    graded.output += proc.stdout + proc.stderr
    if proc.returncode != 0:
        pytest.fail(f"course-grade {graded.assignment} exited with {proc.returncode}:\n{proc.stdout}\n{proc.stderr}",
                    pytrace=False)
    graded_now = list(students) or list(graded.submissions)
    for line in proc.stdout.splitlines():
        for student in graded_now:
            if line.startswith(f"  {student}: "):
                graded.problems.setdefault(student, []).append(line.strip())
    a = graded.assignment
    with gradebook(graded.course, graded.db_url) as gb:
        for student in graded_now:
            try:
                nb = gb.find_submission_notebook(a, a, student)
            except MissingEntry:
                graded.problems.setdefault(student, []).append(f"{student}: no graded submission in the gradebook")
                continue
            graded.scores[student] = {g.name: (float(g.score or 0), float(g.max_score)) for g in nb.grades}
            graded.totals[student] = (float(nb.score), float(nb.max_score))
            manual = sorted(g.name for g in nb.grades if g.needs_manual_grade)
            if manual:
                graded.problems.setdefault(student, []).append(
                    f"{student}: cells {manual} need manual grading; every cell must be autograded")


def grade(assignment, root, answers_root, course, db_url, wrong_per_student=1):
    """Generate the release and grade the class; then grade alone each answer of a pack that scored otherwise
    than expected, so that a failure names its answer."""
    copy_course(course, root, assignments=[assignment])
    generated = nbgrader_api(course, db_url).generate_assignment(assignment, force=True)
    if not generated["success"]:
        pytest.fail(f"nbgrader generate_assignment {assignment} failed:\n{generated.get('error')}\n"
                    f"{generated.get('log')}", pytrace=False)
    graded = Graded(assignment, course, db_url, grade_cells(read_notebook(source_notebook(assignment, course))),
                    round_trip_class(assignment, course, answers_root, wrong_per_student))
    for sub in graded.submissions.values():
        write_submission(course, assignment, sub.student, sub.nb)
    _course_grade(graded)

    solution = graded.submissions["solution"].nb
    again = [alone(solution, a) for pack in graded.packs() if graded.check(pack.student) for a in pack.answers]
    for sub in again:
        graded.submissions[sub.student] = sub
        write_submission(course, assignment, sub.student, sub.nb)
    if again:
        _course_grade(graded, [sub.student for sub in again])
    return graded


@pytest.fixture(scope="class")
def graded(request, gradebook_dir, empty_gradebook_file, tmp_path_factory):
    """The assignment of the requesting RoundTrip class, graded once for the class."""
    cls = request.cls
    course = tmp_path_factory.mktemp(f"round-trip-{cls.assignment}") / "course"
    db = shutil.copy(empty_gradebook_file, gradebook_dir / f"{cls.assignment}.db")
    db_url = f"sqlite:///{db}"
    before = _cpu()
    result = grade(cls.assignment, cls.root, cls.answers_root, course, db_url,
                   request.config.getoption("--wrong-answers-per-student"))
    result.cpu_seconds = _cpu() - before
    return result


def _cpu():
    """Return the CPU seconds this process and its finished children (nbgrader, course-grade, kernels) used."""
    return sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for f in ("ru_utime", "ru_stime"))


class RoundTrip:
    """The round trip of one assignment; a subclass per assignment (below), so that xdist's loadscope
    grades different assignments on different workers."""

    assignment = root = answers_root = None

    def test_solution_gets_full_marks(self, graded, record_property):
        record_property("students_graded", len(graded.submissions))
        record_property("grading_cpu_seconds", round(graded.cpu_seconds, 1))
        assert graded.max_points, f"{graded.assignment}: the source notebook has no graded cell"
        messages = graded.check("solution")
        assert not messages, "the solution does not get full marks:\n" + "\n".join(messages)

    def test_blank_gets_zero(self, graded):
        messages = graded.check("blank")
        assert not messages, "the release notebook, unanswered, must score 0:\n" + "\n".join(messages)

    def test_wrong_answer_loses_only_its_points(self, graded, answer):
        student, messages = graded.verdict(answer)
        points = graded.max_points.get(f"test_{answer.exercise}", 0)
        assert not messages, (
            f"{_rel(answer.path)} must lose exactly the {points:g} points of test_{answer.exercise} and no "
            f"other ({graded.autograded(student)}):\n" + "\n".join(messages)
        )

    def test_right_answer_gets_full_marks(self, graded, answer):
        student, messages = graded.verdict(answer)
        assert not messages, (
            f"{_rel(answer.path)} must get full marks ({graded.autograded(student)}):\n" + "\n".join(messages)
        )

    def test_answers_in_one_submission_do_not_interfere(self, graded):
        """A pack whose answers each score as expected alone must score as expected together."""
        for pack in graded.packs():
            messages = graded.check(pack.student)
            if not messages or any(graded.check(a.student) for a in pack.answers):
                continue  # as expected, or an answer fails alone too (its own test says so)
            names = ", ".join(_rel(a.path) for a in pack.answers)
            problems = graded.problems.get(pack.student, [])
            if pack.student not in graded.scores or any("could not grade" in p or "manual" in p for p in problems):
                pytest.fail(f"course-grade could not grade {pack.student} ({names}), though each of its answers "
                            "alone was graded as expected:\n" + "\n".join(problems))
            pytest.fail(f"each of {names} scores as expected alone, but not together ({pack.student}): "
                        "one changes what another's test sees\n" + "\n".join(messages))

    def test_course_grade_reports_no_problem(self, graded):
        reported = [line for lines in graded.problems.values() for line in lines]
        assert not reported, (
            f"course-grade reported problems with {graded.assignment}'s submissions, all honest attempts (a wrong "
            "answer must fail its test quickly: no timeout, dead kernel or flood of output):\n" + "\n".join(reported)
        )

    def test_feedback_is_produced_without_hidden_tests(self, graded):
        api = nbgrader_api(graded.course, graded.db_url)
        a = graded.assignment
        for student in ("solution", "blank"):
            result = api.generate_feedback(a, student, force=True)
            assert result["success"], f"{a}: no feedback for {student}: {result.get('error')}\n{result.get('log')}"
            html = graded.course / "feedback" / student / a / f"{a}.html"
            assert html.is_file() and html.stat().st_size, f"{a}: no feedback HTML for {student}"
            shown = "BEGIN HIDDEN TESTS" in html.read_text(encoding="utf-8")
            assert not shown, f"{a}: {student}'s feedback shows the hidden tests"

    def test_export_has_every_student(self, graded):
        from nbgrader.plugins import CsvExportPlugin

        a = graded.assignment
        out = graded.course / f"grades-{a}.csv"
        with gradebook(graded.course, graded.db_url) as gb:
            CsvExportPlugin(to=str(out)).export(gb)  # what `nbgrader export` runs
        with out.open(newline="") as f:
            rows = [r for r in csv.DictReader(f) if r["assignment"] == a]
        by_student = {}
        for row in rows:
            by_student.setdefault(row["student_id"], []).append(row)
        problems = []
        for student in graded.submissions:
            found = by_student.get(student, [])
            if len(found) != 1:
                problems.append(f"{student}: expected 1 row, found {len(found)}")
                continue
            exported = (float(found[0]["score"]), float(found[0]["max_score"]))
            if student in graded.totals and exported != graded.totals[student]:
                problems.append(f"{student}: {found[0]['score']} of {found[0]['max_score']} exported, "
                                "{:g} of {:g} in the gradebook".format(*graded.totals[student]))
        extra = sorted(set(by_student) - set(graded.submissions))
        if extra:
            problems.append(f"rows of students who submitted nothing: {extra}")
        assert not problems, f"{a}: {out.name}:\n" + "\n".join(problems)


def pytest_generate_tests(metafunc):
    """Give each wrong and right answer of the class's assignment a test of its own."""
    if "answer" not in metafunc.fixturenames or metafunc.cls is None:
        return
    cls = metafunc.cls
    kind = "wrong" if "wrong" in metafunc.function.__name__ else "right"
    exercises = set(_exercises(cls.assignment, cls.root))
    found = [a for a in answers(cls.assignment, cls.answers_root) if a.kind == kind and a.exercise in exercises]
    metafunc.parametrize("answer", found, ids=[f"{a.exercise}-{a.name}" for a in found])


def _round_trip_class(assignment, root=ROOT, answers_root=ANSWERS):
    name = f"TestRoundTrip_{assignment}"
    attrs = {"assignment": assignment, "root": root, "answers_root": answers_root,
             "__doc__": f"The grading round trip of {assignment}."}
    return name, pytest.mark.slow(type(name, (RoundTrip,), attrs))


for _name, _cls in [_round_trip_class(a) for a in ASSIGNMENTS] + [
    _round_trip_class(FIXTURE, FIXTURE_ROOT, FIXTURE_ANSWERS)
]:
    globals()[_name] = _cls
