"""Autograde every student of an assignment in parallel with nbgrader's own API.

Worker processes (one per core) grade one student at a time with
``NbGraderAPI.autograde(assignment, student)``, exactly the code a serial ``nbgrader
autograde`` runs, writing to the course's ordinary gradebook. A failure is recorded and
the batch goes on, even when a submission kills its worker.
"""

import json
import multiprocessing
import time
from multiprocessing.connection import wait
from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from tqdm import tqdm
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from .preprocessors import KERNEL_DIED

NBGRADER_FEEDBACK = ["nbgrader.preprocessors.GetGrades", "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor"]
_LOCKED = "database is locked"


@dataclass
class Outcome:
    """What happened to one student's submission."""

    student: str
    graded: bool = False
    problems: list = field(default_factory=list)
    log: str = ""


def course_config(root, timeout=None, db_url=None, keep_hidden_tests=False):
    """Return the course's nbgrader config (nbgrader_config.py in root) with the command's overrides."""
    root = Path(root)
    config = Config()
    if (root / "nbgrader_config.py").exists():
        config.merge(PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config())
    config.CourseDirectory.root = str(root.resolve())
    if timeout is not None:
        config.Execute.timeout = timeout
    if db_url is not None:
        config.CourseDirectory.db_url = db_url
    if keep_hidden_tests:
        config.GenerateFeedback.preprocessors = NBGRADER_FEEDBACK
    return config


def coursedir(config):
    """Return the CourseDirectory that config describes."""
    return CourseDirectory(config=config)


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
            nb = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            problems.append(f"{name} is not a valid notebook (not JSON: {exc}); nothing could be graded")
            continue
        problems += _tampering(name, locked, _locked_cells(nb))
    return problems


def _locked_cells(nb):
    """Return {grade_id: source} of the locked cells of a notebook (parsed JSON)."""
    cells = {}
    for cell in nb["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("locked") or meta.get("grade") and not meta.get("solution"):
            source = cell["source"]
            cells[meta["grade_id"]] = "".join(source) if isinstance(source, list) else source
    return cells


def _tampering(name, given, mine):
    """Return what the student did to the locked cells they were given (nbgrader grades the originals)."""
    problems = []
    for grade_id, source in given.items():
        if grade_id not in mine:
            problems.append(f"{name}: the locked cell {grade_id} was deleted")
        elif mine[grade_id] != source:
            problems.append(f"{name}: the locked cell {grade_id} was edited; the original was graded")
    return problems


def _diagnose(directory):
    """Return the problems the autograded notebooks show: timeouts, a dead kernel, truncated output."""
    problems = []
    for path in sorted(directory.glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", "a cell")
            for output in cell.get("outputs", []):
                kind, name = output.get("output_type"), output.get("ename")
                if kind == "error" and name == "CellTimeoutError":
                    problems.append(f"{path.name}: {grade_id} timed out (an endless loop?) and scored 0")
                elif kind == "error" and name == KERNEL_DIED and "while running" in output.get("evalue", ""):
                    problems.append(f"{path.name}: the kernel died in {grade_id}; later cells were not run")
                elif kind == "stream" and "... Output truncated ..." in "".join(output["text"]):
                    problems.append(f"{path.name}: {grade_id} printed too much; its output was truncated")
    return problems


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


def students_of(course, assignment):
    """Return the ids of the students with a submitted/<student>/<assignment>/ directory."""
    submitted = Path(course.root) / course.submitted_directory
    return sorted(p.parent.name for p in submitted.glob(f"*/{assignment}") if p.is_dir())


def grade_all(config, assignment, *, workers, feedback=True, students=None, progress=True):
    """Autograde (and give feedback to) every student of an assignment; return one Outcome each."""
    course = coursedir(config)
    release = Path(course.root) / course.release_directory / assignment
    released = {  # notebook name: its locked cells, read once for the whole class
        p.name: _locked_cells(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(release.glob("*.ipynb"))
    }
    if not released:
        raise SystemExit(
            f"no notebooks in {release}: is {assignment!r} an assignment of this course, "
            f"and has `nbgrader generate_assignment {assignment}` run?"
        )
    students = students if students is not None else students_of(course, assignment)
    with Gradebook(course.db_url, course_id=course.course_id) as gb:
        try:
            gb.find_assignment(assignment)
        except MissingEntry:
            raise SystemExit(
                f"the gradebook does not know {assignment!r}: run `nbgrader generate_assignment {assignment}` first"
            ) from None
        for student in students:  # created here, once, so workers never race to create them
            gb.update_or_create_student(student)

    submitted = Path(course.root) / course.submitted_directory
    before = {s: _inspect(submitted / s / assignment, released) for s in students}
    outcomes = {}
    bar = _Progress(total=len(students), unit="student", desc=f"grading {assignment}", disable=not progress)

    def done(outcome):
        outcomes[outcome.student] = outcome
        bar.update()
        bar.set_postfix(problems=sum(bool(before[s]) or not o.graded for s, o in outcomes.items()))

    _grade_each(config, assignment, students, feedback, workers, done)
    bar.close()

    autograded = Path(course.root) / course.autograded_directory
    for student in students:
        outcome = outcomes[student]
        problems = before[student] + outcome.problems
        if outcome.graded:
            problems += _diagnose(autograded / student / assignment)
        elif not before[student]:
            problems.append("nbgrader could not grade it: " + _last_error(outcome.log))
        outcome.problems = problems
    return [outcomes[s] for s in students]


def _last_error(log):
    """Return the last meaningful line of an nbgrader error log."""
    lines = [line for line in log.splitlines() if line.strip() and not line.startswith("  ")]
    return lines[-1].strip() if lines else "unknown error"
