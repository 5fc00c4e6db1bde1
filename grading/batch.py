"""Autograde every student of an assignment in parallel with nbgrader's own API.

Worker processes (one per core) grade one student at a time with
``NbGraderAPI.autograde(assignment, student)``, exactly the code a serial ``nbgrader
autograde`` runs, writing to the course's ordinary gradebook. A failure is recorded and
the batch goes on, even when a submission kills its worker. What stops the whole batch
(no release, an assignment the gradebook cannot learn, a required sandbox that is not
there) raises GradingError.
"""

import multiprocessing
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path

import nbformat
from nbgrader.api import MissingEntry
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from nbgrader.utils import is_locked
from sqlalchemy.engine import make_url
from tqdm import tqdm
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from . import GradingError, integrity
from .preprocessors import KERNEL_DIED, GradingExecute
from .sandbox import use_sandbox

_LOCKED = "database is locked"
# What nbgrader's LimitOutput writes in place of the lines it cut (nbgrader has no constant for it).
_TRUNCATED = "... Output truncated ..."


@dataclass
class Outcome:
    """What happened to one student's submission."""

    student: str
    graded: bool = False
    problems: list = field(default_factory=list)
    log: str = ""


def course_config(root, overrides=None, keep_hidden_tests=False):
    """Return the course's nbgrader config: nbgrader_config.py in root, then overrides (the command line's).

    Every path is the course root's, whatever the current directory: CourseDirectory.root is
    root, and a relative SQLite gradebook is made absolute against it here, the one place that
    does it. keep_hidden_tests gives feedback nbgrader's default preprocessors.
    """
    root = Path(root).resolve()
    config = Config()
    if (root / "nbgrader_config.py").exists():
        config.merge(PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config())
    if overrides is not None:
        config.merge(overrides)
    config.CourseDirectory.root = str(root)
    if "db_url" in config.CourseDirectory:  # else nbgrader's default: gradebook.db in root, absolute
        config.CourseDirectory.db_url = anchored_db_url(config.CourseDirectory.db_url, root)
    if keep_hidden_tests:
        config.GenerateFeedback.pop("preprocessors", None)  # nbgrader's own default list applies again
    return config


def anchored_db_url(db_url, root):
    """Return db_url with a relative SQLite path made absolute against root; other URLs are unchanged.

    nbgrader's CourseDirectory resolves its directories against root, but SQLite opens a relative
    path against the current directory (where it would create an empty gradebook).
    """
    url = make_url(str(db_url))
    path = url.database
    if url.get_backend_name() != "sqlite" or not path or path == ":memory:" or Path(path).is_absolute():
        return str(db_url)
    return url.set(database=str(Path(root) / path)).render_as_string(hide_password=False)


def coursedir(config):
    """Return the CourseDirectory that config describes."""
    return CourseDirectory(config=config)


def _path(course, step, student, assignment):
    """Return the directory of one step (release, submitted, autograded...) with nbgrader's path format."""
    return Path(course.format_path(step, student, assignment))


def _graded_ids(nb, locked_only=False):
    """Return {grade_id: source} of the nbgrader cells of a notebook (only those nbgrader restores, if locked_only)."""
    return {
        cell.metadata.nbgrader.grade_id: cell.source
        for cell in nb.cells
        if "grade_id" in cell.get("metadata", {}).get("nbgrader", {}) and (is_locked(cell) or not locked_only)
    }


def _released(course, assignment):
    """Return {notebook name: its locked cells} of the release the students were given."""
    release = _path(course, course.release_directory, ".", assignment)
    # The notebooks directly in the assignment directory: nbgrader's own default (CourseDirectory.notebook_id "*").
    released = {
        p.name: _graded_ids(nbformat.read(p, as_version=nbformat.NO_CONVERT), locked_only=True)
        for p in sorted(release.glob("*.ipynb"))
    }
    if not released:
        raise GradingError(
            f"no notebooks in {release}: is {assignment!r} an assignment of this course, "
            f"and has `nbgrader generate_assignment {assignment}` run?"
        )
    return released


def _inspect(directory, released):
    """Return the problems visible in a submission before grading: missing, renamed or unreadable
    notebooks, and locked cells the student changed.

    released maps each notebook name to the locked cells of the release the students were given.
    """
    problems = []
    found = sorted(p.name for p in directory.glob("*.ipynb"))
    for name, locked in released.items():
        path = directory / name
        if not path.exists():
            others = [f for f in found if f not in released]
            hint = f"; found {', '.join(others)} (renamed?)" if others else ""
            problems.append(f"{name} is missing from the submission, so it scores 0{hint}")
            continue
        try:
            mine = _graded_ids(nbformat.read(path, as_version=nbformat.NO_CONVERT))
        except Exception as exc:  # whatever a student's file makes nbformat raise: not JSON, not a notebook...
            reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            problems.append(f"{name} is not a valid notebook ({reason}); nothing could be graded")
            continue
        problems += _tampering(name, locked, mine)
    return problems


def _tampering(name, given, mine):
    """Return what the student did to the locked cells they were given (nbgrader grades the originals)."""
    problems = []
    for grade_id, source in given.items():
        if grade_id not in mine:
            problems.append(f"{name}: the locked cell {grade_id} was deleted")
        elif mine[grade_id] != source:
            problems.append(f"{name}: the locked cell {grade_id} was edited; the original was graded")
    return problems


def _diagnose(directory, timeout_ename):
    """Return the problems found in the autograded notebooks of one submission."""
    problems = []
    for path in sorted(directory.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
        # Problems found in the autograded notebook. Each check reads values the grading wrote into
        # it (error names, output metadata) and returns sentences for the teacher; add checks here.
        problems += _execution_problems(path.name, nb, timeout_ename)
        problems += [f"{path.name}: {flag}" for flag in integrity.flags(nb)]  # tampering the grader found
    return problems


def _execution_problems(name, nb, timeout_ename):
    """Return the cells that timed out, the cell the kernel died in, and the output nbgrader truncated."""
    problems = []
    for cell in nb.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", "a cell")
        for output in cell.get("outputs", []):
            kind, ename = output.output_type, output.get("ename")
            if kind == "error" and ename == timeout_ename:
                problems.append(f"{name}: {grade_id} timed out (an endless loop?) and scored 0")
            elif kind == "error" and ename == KERNEL_DIED:
                problems.append(f"{name}: the kernel died in {grade_id}; later cells were not run")
            elif kind == "stream" and _TRUNCATED in output.text:
                problems.append(f"{name}: {grade_id} printed too much; its output was truncated")
    return problems


def _register(config, assignment):
    """Add the assignment to the gradebook as `nbgrader generate_assignment` does (its notebooks and
    graded cells, from source/), writing the release it generates to a scratch directory so that
    release/ stays what the students were given.

    `nbgrader autograde` cannot do this (it stops: "No assignment ... exists in the database"), and
    the release alone cannot: it no longer holds the hidden tests the gradebook must know.
    """
    course = coursedir(config)
    source = _path(course, course.source_directory, ".", assignment)
    if not source.is_dir():
        raise GradingError(
            f"the gradebook has no assignment {assignment!r} and there is no {source} to add it from: "
            f"run `nbgrader generate_assignment {assignment}` where its source is"
        )
    with tempfile.TemporaryDirectory(prefix="course-grade-release-") as scratch:
        course.release_directory = scratch  # absolute: format_path puts the release there, not in the course
        result = NbGraderAPI(coursedir=course, config=config).generate_assignment(assignment, force=True, create=True)
    if not result["success"]:
        raise GradingError(
            f"the gradebook has no assignment {assignment!r}, and adding it from {source} failed: "
            + _last_error(result.get("error", "") + result.get("log", ""))
        )


def _knows(api, assignment):
    """Return whether the gradebook has the assignment."""
    with api.gradebook as gb:
        try:
            gb.find_assignment(assignment)
        except MissingEntry:
            return False
    return True


def _prepare_gradebook(api, config, assignment, students):
    """Make sure the gradebook knows the assignment, and every student who handed it in and their
    (empty) submission.

    This runs in the parent, once, before the workers start, so they never race to create rows.
    nbgrader's add_submission lazy-loads the assignment's notebooks while the new submission is not
    yet in the session; with autoflush on, SQLAlchemy 2 warns about that ("SAWarning: Object of type
    <SubmittedAssignment> not in session", once per process: each worker's first new submission).
    Made here without autoflush, the submissions exist and the workers only update them.
    """
    if not _knows(api, assignment):
        _register(config, assignment)
    course = api.coursedir
    with api.gradebook as gb, gb.db.no_autoflush:
        for student in students:
            if not _path(course, course.submitted_directory, student, assignment).is_dir():
                continue  # nbgrader will say there is nothing to grade; nothing to record
            gb.update_or_create_student(student)
            gb.update_or_create_submission(assignment, student)


class _Progress(tqdm):
    """The progress bar, without tqdm's monitor thread: grading processes fork after it exists."""

    monitor_interval = 0


def _grade_one(api, assignment, student, feedback):
    """Autograde one student (retrying once if SQLite was locked) and generate their feedback."""
    result = api.autograde(assignment, student, force=True, create=True)
    if not result["success"] and _LOCKED in result.get("error", "") + result.get("log", ""):
        time.sleep(1)
        result = api.autograde(assignment, student, force=True, create=True)
    outcome = Outcome(student, graded=result["success"], log=result.get("log", "") + result.get("error", ""))
    if outcome.graded and feedback:
        fed = api.generate_feedback(assignment, student, force=True)
        if not fed["success"]:
            outcome.problems.append("feedback could not be generated: " + fed.get("error", "").strip()[-300:])
    return outcome


def _worker(conn, config, assignment, feedback):
    """Grade the students the parent sends, one at a time, until it sends None."""
    api = NbGraderAPI(coursedir=coursedir(config), config=config)
    for student in iter(conn.recv, None):
        conn.send(_grade_one(api, assignment, student, feedback))


def _grade_each(config, assignment, students, feedback, workers, on_done):
    """Grade every student with `workers` worker processes; call on_done(outcome) for each.

    Workers live for the whole batch (warm caches make every student after the first
    faster). If one dies (a submission can kill its grading process when there is no
    sandbox), only the student it was grading fails, and a new worker takes its place.
    concurrent.futures would instead break the whole pool (BrokenProcessPool).
    """
    context = multiprocessing.get_context("fork")  # workers start with nbgrader already imported

    def start():
        conn, child = context.Pipe()
        process = context.Process(target=_worker, args=(child, config, assignment, feedback))
        process.start()
        child.close()  # the worker holds the only other end: its death reads as EOF here
        return conn, process

    queue, idle, busy, processes = list(students), [], {}, {}
    for _ in range(min(workers, len(queue))):
        conn, processes[conn] = start()
        idle.append(conn)
    while queue or busy:
        while queue and idle:
            conn = idle.pop()
            try:
                conn.send(queue[0])
            except OSError:  # this idle worker has died: replace it, the student waits
                processes.pop(conn).join()
                conn, processes[conn] = start()
                idle.append(conn)
                continue
            busy[conn] = queue.pop(0)
        for conn in wait(list(busy)):
            student = busy.pop(conn)
            try:
                outcome = conn.recv()
                idle.append(conn)
            except EOFError:
                process = processes.pop(conn)
                process.join()
                conn.close()
                outcome = Outcome(student, log=f"the grading process died (exit code {process.exitcode})")
                if queue:
                    conn, processes[conn] = start()
                    idle.append(conn)
            on_done(outcome)
    for conn, process in processes.items():
        conn.send(None)
        process.join()
        conn.close()


def grade_all(config, assignment, *, workers, feedback=True, students=None, progress=True):
    """Autograde (and give feedback to) every student of an assignment; return one Outcome each.

    students defaults to everyone nbgrader finds a submission of (submitted/<student>/<assignment>/).
    An assignment the gradebook does not know yet is added to it first, from source/.
    Raises GradingError when the batch cannot start.
    """
    course = coursedir(config)
    api = NbGraderAPI(coursedir=course, config=config)
    released = _released(course, assignment)  # notebook name: its locked cells, read once for the whole class
    students = list(students) if students is not None else sorted(api.get_submitted_students(assignment))
    if not students:
        return []
    execute = GradingExecute(config=config)
    # Kernels start soon: probe the sandbox here, before the workers fork, so they inherit the
    # answer (and the warning, given once) and COURSE_SANDBOX=required fails once, not per student.
    use_sandbox(execute.sandbox)
    _prepare_gradebook(api, config, assignment, students)

    before = {s: _inspect(_path(course, course.submitted_directory, s, assignment), released) for s in students}
    outcomes = {}
    bar = _Progress(total=len(students), unit="student", desc=f"grading {assignment}", disable=not progress)

    def done(outcome):
        outcomes[outcome.student] = outcome
        bar.update()
        bar.set_postfix(problems=sum(bool(before[s]) or not o.graded for s, o in outcomes.items()))

    _grade_each(config, assignment, students, feedback, workers, done)
    bar.close()

    for student in students:
        outcome = outcomes[student]
        problems = before[student] + outcome.problems
        if outcome.graded:
            autograded = _path(course, course.autograded_directory, student, assignment)
            problems += _diagnose(autograded, execute.error_on_timeout["ename"])
        elif not before[student]:
            problems.append("nbgrader could not grade it: " + _last_error(outcome.log))
        outcome.problems = problems
    return [outcomes[s] for s in students]


def _last_error(log):
    """Return the last meaningful line of an nbgrader error log."""
    lines = [line for line in log.splitlines() if line.strip() and not line.startswith("  ")]
    return lines[-1].strip() if lines else "unknown error"
