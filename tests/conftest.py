"""pytest setup of the course's tests: what is collected, ``--module``, scratch space for gradebooks, and a
cost summary with a projection for the whole course.

``--module NN_x`` (``make check MODULE=NN_x``) keeps the tests that belong to no module and are not slow,
and every test of module NN_x (its notebook under nbval, release sync, grading round trip, bank); the
tests of other modules are deselected.
"""

import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from course import ASSIGNMENTS, apt_install, empty_gradebook
from helpers._process import sweep_left_behind

# tests/fixtures/ holds the grader's fixture course (a notebook nbval must not run, answers that are not
# tests); tests/answers/ holds the modules' wrong and right answers (source of solution cells, not tests).
collect_ignore = ["fixtures", "answers"]

_SHM_PREFIX = "course-gradebooks-"
PLANNED_MODULES = 17  # modules the course will have, for the projection printed after a run
_OWNER = {a: re.compile(rf"(?<![a-z0-9]){re.escape(a)}(?![a-z0-9_])") for a in ASSIGNMENTS}


def module_of(nodeid):
    """Return the module a test belongs to, read from its id (its path, class or parameters), or None."""
    for assignment, pattern in _OWNER.items():
        if pattern.search(nodeid):
            return assignment
    return None


def pytest_addoption(parser):
    parser.addoption(
        "--module",
        default=None,
        metavar="NN_name",
        help="run the fast course-wide tests and every test of this module; leave out other modules' tests",
    )
    parser.addoption(
        "--wrong-answers-per-student",
        type=int,
        default=1,
        metavar="N",
        help="in the grading round trip, put wrong answers to N different exercises in one submission "
        "(default 1: each alone; see tests/test_grading.py)",
    )


def pytest_collection_modifyitems(config, items):
    module = config.getoption("--module")
    if not module:
        return
    if module not in ASSIGNMENTS:
        raise pytest.UsageError(f"--module {module}: no such module (source/{module}/{module}.ipynb); "
                                f"the modules are {', '.join(ASSIGNMENTS)}")
    keep, drop = [], []
    for item in items:
        owner = module_of(item.nodeid)
        wanted = owner == module or (owner is None and item.get_closest_marker("slow") is None)
        (keep if wanted else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def gradebook_dir(tmp_path_factory):
    """A directory for the tests' gradebooks: in memory (/dev/shm) when there is room, because SQLite's
    commits there skip the disk's fsync (about 12 ms each here, dozens per graded notebook)."""
    shm = Path("/dev/shm")
    try:
        usable = shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 256 * 2**20
    except OSError:
        usable = False
    if not usable:
        yield tmp_path_factory.mktemp("gradebooks")
        return
    sweep_left_behind(_SHM_PREFIX, root=shm)  # dirs left by a run that was killed
    path = Path(tempfile.mkdtemp(prefix=f"{_SHM_PREFIX}{os.getpid()}-", dir=shm))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def empty_gradebook_file(gradebook_dir):
    """An empty gradebook to copy: ``<gradebook_dir>/empty.db``."""
    return empty_gradebook(gradebook_dir / "empty.db")


# ---- cost summary (printed by the process that reports, once per run) ------------------------------------

_spent = {}  # module (None: course-wide) -> seconds of test time
_students = {}  # module -> students graded in its round trip
_cpu = {}  # module -> CPU seconds its round trip used
_started = time.monotonic()


_REDIS_NOTEBOOKS = {"11_caching"}  # notebooks that run their lesson against a real Redis when one is installed
_redis_tried = []
_POSTGRES_NOTEBOOKS = {"16_transactions"}  # notebooks that run their row-lock cells on PostgreSQL when installed
_postgres_tried = []


def pytest_runtest_setup(item):
    """Before a notebook that uses Redis (or PostgreSQL) runs, install Debian's redis-server (or postgresql) if it
    is missing (and we are root), as the PostgreSQL tests install their server; without it the notebook still
    runs, on its fallback (a file cache; a SQLite file)."""
    if item.path.suffix == ".ipynb" and item.path.stem in _REDIS_NOTEBOOKS and not _redis_tried:
        from helpers._redis import _binary

        _redis_tried.append(apt_install("redis-server", lambda: _binary() is not None))
    if item.path.suffix == ".ipynb" and item.path.stem in _POSTGRES_NOTEBOOKS and not _postgres_tried:
        from postgres import _install_postgresql  # also stops a system cluster the package may start

        _postgres_tried.append(_install_postgresql())


def pytest_runtest_logreport(report):
    owner = module_of(report.nodeid)
    _spent[owner] = _spent.get(owner, 0.0) + report.duration
    for name, value in report.user_properties:
        if name == "students_graded":
            _students[owner] = value
        elif name == "grading_cpu_seconds":
            _cpu[owner] = value


def pytest_terminal_summary(terminalreporter, config):
    modules = sorted(m for m in _spent if m is not None and m in _students)
    if hasattr(config, "workerinput") or not modules:
        return  # a worker, or no module's round trip ran: nothing to project from
    wall = time.monotonic() - _started
    per_module = {m: _spent[m] for m in modules}
    course_wide = _spent.get(None, 0.0)
    mean = sum(per_module.values()) / len(modules)
    projected = wall * (course_wide + PLANNED_MODULES * mean) / (course_wide + sum(per_module.values()))
    write = terminalreporter.write_line
    terminalreporter.section("cost per module")
    for m in modules:
        write(f"{m}: {per_module[m]:.0f} s of test time; round trip: {_students[m]} students, "
              f"{_cpu.get(m, 0):.0f} CPU s")
    cpus = os.cpu_count() or 1
    load = os.getloadavg()[0]
    write(f"course-wide tests: {course_wide:.0f} s of test time; this run took {wall / 60:.1f} min "
          f"(load average {load:.1f} on {cpus} CPUs now; above {cpus}, other work slowed this run)")
    write(f"projection for {PLANNED_MODULES} modules like these: about {projected / 60:.1f} min from this run's "
          "wall time (plus creating .venv on a fresh clone)")
    mean_cpu = sum(_cpu.get(m, 0) for m in modules) / len(modules)
    write(f"the round trips alone: {mean_cpu:.0f} CPU s per module, so about "
          f"{PLANNED_MODULES * mean_cpu / cpus / 60:.1f} min of all {cpus} CPUs for {PLANNED_MODULES} modules")
