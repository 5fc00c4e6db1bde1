"""Shared helpers for the course's tests (no tests here).

Everything is relative to the repository that holds this file, and every function takes the course root
explicitly, so the same helpers work on any checkout (or a throwaway copy of one).
"""

import fcntl
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
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


def source_notebook(assignment, root=ROOT):
    return Path(root) / "source" / assignment / f"{assignment}.ipynb"


def release_notebook(assignment, root=ROOT):
    return Path(root) / "release" / assignment / f"{assignment}.ipynb"


def mutants_dir(assignment, root=ROOT):
    return Path(root) / "tests" / "mutants" / assignment


def mutants(assignment, root=ROOT):
    """``{solution cell name: mutant source}`` from ``tests/mutants/<assignment>/<name>.py``."""
    directory = mutants_dir(assignment, root)
    if not directory.is_dir():
        return {}
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.py"))}


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


def copy_course(dest, root=ROOT):
    """Copy what nbgrader needs (nbgrader_config.py, source/, release/) from ``root`` into ``dest``."""
    root, dest = Path(root), Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(root / "nbgrader_config.py", dest / "nbgrader_config.py")
    for name in ("source", "release"):
        if (root / name).is_dir():
            shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns(*IGNORED))
    return dest


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


def gradebook(course):
    """An ``nbgrader.api.Gradebook`` on the course copy's database (use it as a context manager).

    The course's db_url (for example ``sqlite:///gradebook.db``) is resolved as nbgrader resolves it when run
    with its working directory in ``course``.
    """
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory

    course = Path(course).resolve()
    config = course_config(course)
    coursedir = CourseDirectory(config=config)
    root = config.CourseDirectory.get("root", "")
    coursedir.root = str(course / root) if root else str(course)  # root defaults to the working directory
    db_url = coursedir.db_url
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
