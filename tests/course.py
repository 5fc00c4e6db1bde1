"""Shared helpers for the course's tests (no tests here).

Everything is relative to the repository that holds this file, and every function takes the course root
explicitly, so the same helpers work on any checkout (or a throwaway copy of one).
"""

import contextlib
import fcntl
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "tests" / "answers"  # <assignment>/<exercise>/wrong_<slug>.py and right_<slug>.py

# The grader's own fixture: a tiny assignment that is not a course module (not under source/), so editing a
# module breaks no grader test. Same layout as the course: source/, release/ (generated; `make release`) and
# answers/. Three exercises worth 1, 2 and 4 points, so every total says which of them passed.
FIXTURE_ROOT = ROOT / "tests" / "fixtures" / "course"
FIXTURE = "00_fixture"
FIXTURE_ANSWERS = FIXTURE_ROOT / "answers"
FIXTURE_POINTS = {"cheap": 1, "lookup": 2, "names_and_count": 4}  # solution cell -> points of test_<name>
FIXTURE_HIDDEN = "hidden check of the fixture"  # in every hidden-test block of the fixture, and nowhere else
SBIN_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"  # where apt-get lives
# One lock for every test that installs a Debian package: xdist workers must not run apt-get at once.
APT_LOCK = Path("/tmp/course-tests-apt.lock")
APT_TIMEOUT = 900  # seconds, for each of apt-get update and apt-get install

# nbgrader's own CourseDirectory.ignore: editor and Python leftovers that are never part of an assignment.
IGNORED = (".ipynb_checkpoints", "__pycache__", "*.pyc", "feedback")

_ASSIGNMENT = re.compile(r"^\d\d_.+$")


def assignment_dirs(root=ROOT):
    """Every directory under source/ named like an assignment (``NN_*``), sorted."""
    source = Path(root) / "source"
    if not source.is_dir():
        return []
    return sorted(p.name for p in source.iterdir() if p.is_dir() and _ASSIGNMENT.match(p.name))


def assignments(root=ROOT):
    """The course's assignments: ``source/NN_*/`` directories that contain ``NN_*.ipynb``, sorted."""
    return [a for a in assignment_dirs(root) if (Path(root) / "source" / a / f"{a}.ipynb").is_file()]


ASSIGNMENTS = assignments()


def course_root(assignment):
    """The course directory an assignment lives in: the fixture course for ``FIXTURE``, else the course."""
    return FIXTURE_ROOT if assignment == FIXTURE else ROOT


def source_notebook(assignment, root=None):
    return Path(root or course_root(assignment)) / "source" / assignment / f"{assignment}.ipynb"


def release_notebook(assignment, root=None):
    return Path(root or course_root(assignment)) / "release" / assignment / f"{assignment}.ipynb"


ANSWER_FILE = re.compile(r"^(wrong|right)_([a-z0-9]+(?:_[a-z0-9]+)*)\.py$")


@dataclass(frozen=True)
class Answer:
    """One file ``<answers>/<assignment>/<exercise>/<kind>_<slug>.py``: the full source of a solution cell.

    ``kind`` is ``wrong`` (must lose exactly the points of ``test_<exercise>``) or ``right`` (must get full
    marks); the file's docstring says the mistake, or how the right answer differs from the solution.
    """

    assignment: str
    exercise: str
    kind: str
    slug: str
    path: Path

    @property
    def source(self):
        return self.path.read_text(encoding="utf-8")

    @property
    def name(self):
        """``wrong_<slug>``, the file's stem."""
        return f"{self.kind}_{self.slug}"

    @property
    def student(self):
        """The student id this answer is graded as: ``wrong-<exercise>-<slug>``."""
        return f"{self.kind}-{self.exercise}-{self.slug}"


def answers_dir(assignment, answers_root=None):
    """``<answers>/<assignment>/``: under tests/answers/, or the fixture's answers/ for ``FIXTURE``."""
    if answers_root is None:
        answers_root = FIXTURE_ANSWERS if assignment == FIXTURE else ANSWERS
    return Path(answers_root) / assignment


def answers(assignment, answers_root=None):
    """Every wrong and right answer of an assignment, sorted by exercise, kind and slug.

    Files named otherwise are left out here (the convention tests name them).
    """
    directory = answers_dir(assignment, answers_root)
    found = []
    for path in sorted(directory.glob("*/*.py")) if directory.is_dir() else []:
        match = ANSWER_FILE.match(path.name)
        if match:
            found.append(Answer(assignment, path.parent.name, match[1], match[2], path))
    return sorted(found, key=lambda a: (a.exercise, a.kind, a.slug))


def mutants(assignment, root=None):
    """``{solution cell name: source of its first wrong answer}``, for tests that need one wrong answer per
    exercise (``mutants(FIXTURE)`` for the fixture's). ``root`` is ignored (kept for old callers)."""
    first = {}
    for answer in answers(assignment):
        if answer.kind == "wrong":
            first.setdefault(answer.exercise, answer.source)
    return first


def read_notebook(path):
    """A notebook as stored (no version conversion)."""
    return nbformat.read(str(path), as_version=nbformat.NO_CONVERT)


def nbgrader_meta(cell):
    return cell.get("metadata", {}).get("nbgrader", {})


def solution_cells(nb):
    """grade_ids of the exercises' answer cells (solution=true, grade=false), in notebook order."""
    return [
        nbgrader_meta(c)["grade_id"]
        for c in nb.cells
        if nbgrader_meta(c).get("solution") and not nbgrader_meta(c).get("grade")
    ]


def grade_cells(nb):
    """``{grade_id: points}`` of every graded cell, in notebook order."""
    return {
        nbgrader_meta(c)["grade_id"]: float(nbgrader_meta(c).get("points", 0))
        for c in nb.cells
        if nbgrader_meta(c).get("grade")
    }


def with_cell_replaced(nb, grade_id, source):
    """A copy of ``nb`` whose cell ``grade_id`` has ``source`` (KeyError if there is no such cell)."""
    nb = nbformat.from_dict(nb)  # deep copy
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") == grade_id:
            cell.source = source
            return nb
    raise KeyError(grade_id)


def answered(assignment, root=None):
    """What a student who solved everything hands in: the release notebook with the source's solution cells
    (from ``root``, a course copy for instance; by default the course, or the fixture course)."""
    source = read_notebook(source_notebook(assignment, root))
    nb = read_notebook(release_notebook(assignment, root))
    solutions = {nbgrader_meta(c)["grade_id"]: c.source for c in source.cells if nbgrader_meta(c).get("grade_id")}
    for grade_id in solution_cells(source):
        nb = with_cell_replaced(nb, grade_id, solutions[grade_id])
    return nb


def copy_course(dest, root=ROOT, assignments=None):
    """Copy what nbgrader needs (nbgrader_config.py, source/, release/) from ``root`` into ``dest``.

    ``assignments`` limits source/ and release/ to those assignments. A root without its own
    nbgrader_config.py (the fixture course) gets the course's.
    """
    root, dest = Path(root), Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    config = root / "nbgrader_config.py"
    shutil.copy2(config if config.is_file() else ROOT / "nbgrader_config.py", dest / "nbgrader_config.py")
    for name in ("source", "release"):
        if not (root / name).is_dir():
            continue
        if assignments is None:
            shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns(*IGNORED))
            continue
        for assignment in assignments:
            if (root / name / assignment).is_dir():
                shutil.copytree(
                    root / name / assignment, dest / name / assignment, ignore=shutil.ignore_patterns(*IGNORED)
                )
    return dest


def fixture_course(dest):
    """A course copy in ``dest`` whose only assignment is the grader's fixture (``FIXTURE``), with the
    course's nbgrader_config.py: what the grader's own tests grade, whatever the modules look like."""
    return copy_course(dest, FIXTURE_ROOT)


def nbgrader_env(home):
    """Environment for nbgrader: the venv's bin/ first on PATH (nbgrader runs ``alembic``), and HOME and
    Jupyter's config and data directories in ``home``, so no user-level config or kernelspec is seen."""
    home = Path(home)
    env = dict(os.environ)
    for var in ("JUPYTER_PATH", "JUPYTER_CONFIG_PATH", "JUPYTER_PLATFORM_DIRS", "JUPYTER_PREFER_ENV_PATH"):
        env.pop(var, None)
    env.update(
        PATH=os.pathsep.join([os.path.dirname(sys.executable), env.get("PATH", "")]),
        HOME=str(home),
        JUPYTER_CONFIG_DIR=str(home / "jupyter-config"),
        JUPYTER_DATA_DIR=str(home / "jupyter-data"),
        JUPYTER_RUNTIME_DIR=str(home / "jupyter-runtime"),
        IPYTHONDIR=str(home / "ipython"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    for var in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"):
        Path(env[var]).mkdir(parents=True, exist_ok=True)
    return env


def nbgrader(course, *args, timeout=1800):
    """Run ``nbgrader <args>`` in the course copy ``course``; fail the test with its output on error."""
    course = Path(course)
    cmd = [sys.executable, "-m", "nbgrader", *map(str, args)]
    proc = subprocess.run(
        cmd,
        cwd=course,
        env=nbgrader_env(course.parent / f"{course.name}-home"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if proc.returncode != 0:
        pytest.fail(
            f"`nbgrader {' '.join(map(str, args))}` exited with {proc.returncode} in {course}\n"
            f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}",
            pytrace=False,
        )
    return proc


def course_config(course):
    """nbgrader's config of the course copy: its nbgrader_config.py, loaded the way nbgrader loads it."""
    from traitlets.config.loader import PyFileConfigLoader

    return PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()


def nbgrader_api(course, db_url):
    """nbgrader's Python API (``NbGraderAPI``) on a course copy and the gradebook at ``db_url``, in this
    process: for steps that start no kernel (generate_assignment, generate_feedback), without the cost of
    starting nbgrader."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    config = course_config(course)
    config.CourseDirectory.root = str(Path(course).resolve())
    config.CourseDirectory.db_url = db_url
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def empty_gradebook(path):
    """Create an empty nbgrader gradebook (SQLite) at ``path``, to be copied for each course copy: nbgrader
    runs the ``alembic`` command to stamp every gradebook it creates, a second or two each time."""
    code = "import sys; from nbgrader.api import Gradebook; Gradebook(sys.argv[1]).close()"
    env = nbgrader_env(Path(path).parent / "empty-gradebook-home")
    subprocess.run([sys.executable, "-c", code, f"sqlite:///{path}"], env=env, check=True, timeout=300,
                   stdin=subprocess.DEVNULL, capture_output=True)
    return Path(path)


def gradebook(course, db_url=None):
    """An ``nbgrader.api.Gradebook`` on the course copy's database (use it as a context manager).

    The course's db_url (for example ``sqlite:///gradebook.db``) is resolved as nbgrader resolves it when run
    with its working directory in ``course``; ``db_url`` (what ``--db`` was given) replaces it.
    """
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory

    course = Path(course).resolve()
    config = course_config(course)
    coursedir = CourseDirectory(config=config)
    root = config.CourseDirectory.get("root", "")
    coursedir.root = str(course / root) if root else str(course)  # root defaults to the working directory
    db_url = db_url or coursedir.db_url
    prefix = "sqlite:///"
    if db_url.startswith(prefix) and not os.path.isabs(db_url[len(prefix):]):
        db_url = prefix + str(course / db_url[len(prefix):])
    return Gradebook(db_url, course_id=coursedir.course_id)


def apt_install(package, present):
    """Install a Debian package unless present() says it is there; return None, or why it could not be had.

    Only root can install; the shared lock makes other workers wait and then find it present.
    """
    with open(APT_LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if present():
            return None
        if os.geteuid() != 0:
            return "not root"
        apt_get = shutil.which("apt-get") or shutil.which("apt-get", path=SBIN_PATH)
        if not apt_get:
            return "apt-get not found"
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive", PATH=os.environ.get("PATH", "") + ":" + SBIN_PATH)
        for cmd in ([apt_get, "update"], [apt_get, "install", "-y", "--no-install-recommends", package]):
            try:
                proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=APT_TIMEOUT)
            except subprocess.TimeoutExpired:
                return f"`{' '.join(cmd)}` timed out after {APT_TIMEOUT}s"
            if proc.returncode != 0:
                return f"`{' '.join(cmd)}` exited with {proc.returncode}: {(proc.stdout + proc.stderr)[-800:]}"
        return None if present() else f"`{package}` was installed but is still not usable"


def write_submission(course, assignment, student, nb):
    """submitted/<student>/<assignment>/: the release files, with ``nb`` as the assignment notebook."""
    dest = Path(course) / "submitted" / student / assignment
    shutil.copytree(Path(course) / "release" / assignment, dest)
    nbformat.write(nb, str(dest / f"{assignment}.ipynb"))


def course_grade(course, assignment, *args, **env):
    """Run the course-grade command in the course copy (env adds variables); return the completed process."""
    return subprocess.run(
        [sys.executable, "-m", "grading.cli", assignment, "--no-progress", *map(str, args)],
        cwd=course, env={**nbgrader_env(Path(course).parent / "home"), **env},
        capture_output=True, text=True, timeout=900,
    )


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on right now (the kernel's pick; never PostgreSQL's 5432)."""
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port != 5432:
            return port


def http_get(url):
    """Return (status, body) of a GET."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""


@dataclass
class Lab:
    """A running JupyterLab: its base URL, token and log file."""

    url: str
    token: str
    log: Path


@contextlib.contextmanager
def jupyter_lab(kind, root, scratch, *args):
    """Serve ``root`` as ``make lab`` (kind "student": a workspace) or ``make teach`` (kind "teacher": a course) does.

    The lab gets lab/<kind>/ as its Jupyter config, and a student's lab the workspace's IPython profile.
    ``scratch`` holds the server's home, runtime files and log; ``args`` are more JupyterLab options. Yields a
    Lab once ``/api/status`` answers, and stops the server afterwards.
    """
    from workspace import IPYTHON_DIR

    port, token = free_port(), "t0ken"
    env = dict(os.environ, JUPYTER_CONFIG_PATH=str(ROOT / "lab" / kind), HOME=str(Path(scratch) / "home"),
               JUPYTER_RUNTIME_DIR=str(Path(scratch) / "runtime"))
    if kind == "student":
        env["IPYTHONDIR"] = str(Path(root) / IPYTHON_DIR)
    env.pop("NBGRADER_EXECUTION", None)
    log = Path(scratch) / "lab.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
             f"--ServerApp.port={port}", f"--IdentityProvider.token={token}", "--ServerApp.root_dir=.",
             "--LabApp.news_url=None", *args],
            cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        lab = Lab(f"http://127.0.0.1:{port}", token, log)
        for _ in range(120):
            try:
                if http_get(f"{lab.url}/api/status?token={token}")[0] == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None:
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"JupyterLab did not start:\n{log.read_text()}")
        if server.poll() is not None:
            pytest.fail(f"JupyterLab exited with {server.returncode}:\n{log.read_text()}")
        yield lab
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
