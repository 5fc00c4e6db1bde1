"""Grading cannot be fooled from inside the student's kernel: cheats score nothing, and the teacher sees them.

Each cheating submission answers every exercise but the last with a stub that returns
``unittest.mock.MagicMock()`` and, in its first answer cell, disarms the checks one way (swap the helpers
modules in ``sys.modules``, write ``vars(helpers)``, patch builtins, an IPython input transformer or
``pre_run_cell`` hook, rebind the checks while the test runs, ship an ``ipykernel_launcher.py``). Graded
with ``course-grade`` (sandbox auto), each keeps exactly the points of its honest last answer and is
flagged; graded again with the integrity checks off (``c.GradingExecute.integrity = False``), each scores
more, which proves the cheat is real. Most cases grade the grader's fixture (tests/fixtures/course), so
editing a module changes nothing here; one grades module 03, where the cheat was first found.
"""

import ast
import re
import textwrap
from pathlib import Path

import nbformat
import pytest

from course import (
    ASSIGNMENTS,
    FIXTURE,
    FIXTURE_ROOT,
    ROOT,
    answered,
    copy_course,
    course_grade,
    fixture_course,
    grade_cells,
    gradebook,
    nbgrader,
    read_notebook,
    solution_cells,
    source_notebook,
    with_cell_replaced,
)
from grading import integrity
from grading.preprocessors import GradingExecute

SOURCE = read_notebook(source_notebook(FIXTURE, FIXTURE_ROOT))
POINTS = grade_cells(SOURCE)
MAX = sum(POINTS.values())
EXERCISES = solution_cells(SOURCE)
FIRST, LAST = EXERCISES[0], EXERCISES[-1]
HONEST = POINTS[f"test_{LAST}"]  # what a cheat that answered only the last exercise honestly deserves

# The ways to disarm the checks, each put at the top of the first answer cell.
SWAP = '''
import sys
from unittest.mock import MagicMock


class Anything:
    """Accepts anything: every attribute is a MagicMock."""

    def __getattr__(self, name):
        return MagicMock()


for name in [n for n in sys.modules if n == "helpers" or n.startswith("helpers.")]:
    sys.modules[name] = Anything()
'''
VARS = '''
import helpers
from unittest.mock import MagicMock

vars(helpers)["check_equal"] = lambda *a, **k: None
for name in ("check", "expect_queries", "expect_raises", "passed"):
    vars(helpers)[name] = MagicMock()
'''
BUILTINS = '''
import builtins
from unittest.mock import MagicMock

from django.db.models import QuerySet

genuine_import, genuine_isinstance = builtins.__import__, builtins.isinstance


def fake_import(name, *args, **kwargs):
    return MagicMock() if name == "helpers" else genuine_import(name, *args, **kwargs)


builtins.__import__ = fake_import
builtins.isinstance = lambda obj, kinds: True if kinds is QuerySet else genuine_isinstance(obj, kinds)
'''
WEDGE = '''
import builtins

builtins.isinstance = lambda *a: True
'''
TRANSFORMER = '''
get_ipython().input_transformers_post.append(lambda lines: ["pass\\n"])
'''
EVENT = '''
import sys
from unittest.mock import MagicMock


class Anything:
    def __getattr__(self, name):
        return MagicMock()


def swap(info):
    for name in [n for n in sys.modules if n == "helpers" or n.startswith("helpers.")]:
        sys.modules[name] = Anything()


get_ipython().events.register("pre_run_cell", swap)
'''
DURING = '''
from unittest.mock import MagicMock


def disarm():
    """Rebind the checks the running test imported, from inside the answer it calls."""
    for name in ("check", "check_equal", "expect_queries", "expect_raises", "passed"):
        globals()[name] = MagicMock()
'''
# A kernel that cheats before the grader can look: run by `python -m ipykernel_launcher` from the
# submission's directory, unless the kernel starts with -P.
LAUNCHER = '''
"""Start the real kernel with the course's checks disarmed."""
import os
import sys
from unittest.mock import MagicMock

here = os.path.realpath(os.getcwd())
sys.path[:] = [p for p in sys.path if p and os.path.realpath(p) != here]
import helpers  # noqa: E402

for name in ("check", "check_equal", "expect_queries", "expect_raises", "passed"):
    vars(helpers)[name] = MagicMock()
from ipykernel import kernelapp  # noqa: E402

kernelapp.launch_new_instance()
'''
# An honest answer that tests itself with a mock (flagged as mock use, never scored down).
SELF_TEST = '''

# My own check first, with a fake QuerySet.
from unittest import mock

fake = mock.MagicMock()
fake.__iter__.return_value = iter([])
assert {name}(fake) is not None
'''


def _stub(source, before=""):
    """Return an answer cell that defines the same functions as source, each returning a MagicMock."""
    lines = ["from unittest.mock import MagicMock\n"]
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines.append(f"def {node.name}(*args, **kwargs):\n    {before}return MagicMock()\n")
    return "\n\n".join(lines)


def _cheat(solution, prefix, before=""):
    """Return solution with every answer but the last stubbed and prefix on top of the first answer cell."""
    nb = solution
    for name in EXERCISES:
        answer = _answer(solution, name)
        body = answer if name == LAST else _stub(answer, before)
        if name == FIRST:
            body = textwrap.dedent(prefix).strip() + "\n\n\n" + body
        nb = with_cell_replaced(nb, name, body)
    return nb


def _answer(nb, grade_id):
    """Return the source of cell grade_id."""
    return next(c.source for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _cheats(solution):
    """Return {student: notebook} of the cheating submissions."""
    return {
        "swap": _cheat(solution, SWAP),
        "vars": _cheat(solution, VARS),
        "builtins": _cheat(solution, BUILTINS),
        "transformer": _cheat(solution, TRANSFORMER),
        "event": _cheat(solution, EVENT),
        "during": _cheat(solution, DURING, before="disarm()\n    "),
        "launcher": _cheat(solution, ""),
    }


# {student: (kind of record, its detail or a piece of it, the words of its line in the report)}
FLAGGED = {
    "swap": ("helpers", "sys.modules['helpers']", "check helpers replaced"),
    "vars": ("helpers", "helpers.check_equal", "check helpers replaced"),
    "builtins": ("builtins", "builtins.isinstance", "builtins changed"),
    "transformer": ("ipython", "get_ipython().input_transformers_post", "IPython hooks changed"),
    "event": ("ipython", "get_ipython().events.register('pre_run_cell')", "IPython hooks changed"),
    "during": ("helpers", "check_equal (rebound while the test ran)", "check helpers replaced"),
    "launcher": ("code", "Python file in the submission: ipykernel_launcher.py", "suspicious code"),
    "wedge": ("code", "patches builtins.isinstance", "suspicious code"),
}
EXPECTED = {**dict.fromkeys(FLAGGED, HONEST), "wedge": 0, "honest": MAX, "honest-mock": MAX}


def _write(course, student, nb, files=None):
    """Hand in nb (and extra files) as student's submission of the fixture."""
    folder = course / "submitted" / student / FIXTURE
    folder.mkdir(parents=True)
    nbformat.write(nb, folder / f"{FIXTURE}.ipynb")
    for name, text in (files or {}).items():
        (folder / name).write_text(text, encoding="utf-8")


def _lines(proc, student):
    """Return what the class report says about student (course-grade prints it too)."""
    return [line.split(": ", 1)[1] for line in proc.stdout.splitlines() if line.startswith(f"  {student}: ")]


def _scores(course, students):
    with gradebook(course) as gb:
        return {s: gb.find_submission(FIXTURE, s).score for s in students}


def _autograded(course, student, assignment=FIXTURE):
    return read_notebook(course / "autograded" / student / assignment / f"{assignment}.ipynb")


@pytest.fixture(scope="module")
def solution():
    return answered(FIXTURE, FIXTURE_ROOT)


@pytest.fixture(scope="module")
def graded(tmp_path_factory, solution):
    """Grade the class once with the integrity checks on; return (course dir, completed process)."""
    course = fixture_course(tmp_path_factory.mktemp("integrity") / "course")
    nbgrader(course, "generate_assignment", FIXTURE, "--force")
    for student, nb in _cheats(solution).items():
        _write(course, student, nb, {"ipykernel_launcher.py": LAUNCHER} if student == "launcher" else None)
    _write(course, "wedge", _cheat(solution, WEDGE))
    _write(course, "honest", solution)
    self_tested = _answer(solution, LAST) + SELF_TEST.format(name=LAST)
    _write(course, "honest-mock", with_cell_replaced(solution, LAST, self_tested))
    proc = course_grade(course, FIXTURE, "--timeout", "20", "--workers", "2")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return course, proc


@pytest.fixture(scope="module")
def unguarded(tmp_path_factory, solution):
    """Grade the cheats with the integrity checks off; return their scores."""
    course = fixture_course(tmp_path_factory.mktemp("unguarded") / "course")
    with open(course / "nbgrader_config.py", "a", encoding="utf-8") as config:
        config.write("\nc.GradingExecute.integrity = False\n")
    nbgrader(course, "generate_assignment", FIXTURE, "--force")
    for student, nb in _cheats(solution).items():
        _write(course, student, nb, {"ipykernel_launcher.py": LAUNCHER} if student == "launcher" else None)
    proc = course_grade(course, FIXTURE, "--timeout", "20", "--workers", "2", "--no-feedback")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return _scores(course, _cheats(solution))


@pytest.mark.parametrize("student", sorted(EXPECTED))
def test_each_submission_gets_the_points_it_earned(graded, student):
    course, proc = graded
    assert _scores(course, [student])[student] == EXPECTED[student], proc.stdout


@pytest.mark.parametrize("student", sorted(set(FLAGGED) - {"wedge"}))
def test_each_cheat_works_without_the_checks(unguarded, student):
    assert unguarded[student] > EXPECTED[student], f"{student} scored {unguarded[student]} unguarded: not a real cheat"


@pytest.mark.parametrize("student", sorted(FLAGGED))
def test_each_cheat_is_flagged_in_the_report_and_the_notebook(graded, student):
    course, proc = graded
    kind, detail, words = FLAGGED[student]
    records = integrity.records(_autograded(course, student))
    assert any(r["kind"] == kind and detail in r["detail"] for r in records), records
    assert any(line.startswith(f"{FIXTURE}.ipynb: {words}") for line in _lines(proc, student)), proc.stdout
    report = (course / "reports" / FIXTURE / "report.html").read_text(encoding="utf-8")
    assert re.search(rf"<td>{re.escape(student)}</td>.*{re.escape(words)}", report, re.S), student


def test_a_cheat_while_the_test_runs_fails_that_test(graded):
    course, _ = graded
    nb = _autograded(course, "during")
    test = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == f"test_{FIRST}")
    errors = [o for o in test.outputs if o.output_type == "error"]
    assert errors and errors[-1].ename == integrity.ERROR, test.outputs
    assert "changed while this test ran" in errors[-1].evalue


def test_a_wedged_kernel_is_graded_and_explained(graded):
    _, proc = graded
    assert any("the kernel died in" in line for line in _lines(proc, "wedge")), proc.stdout


def test_honest_work_is_not_flagged(graded):
    _, proc = graded
    assert _lines(proc, "honest") == [], proc.stdout


def test_an_honest_mock_is_only_named(graded):
    course, proc = graded
    lines = _lines(proc, "honest-mock")
    assert lines and all(line.startswith(f"{FIXTURE}.ipynb: suspicious code: unittest.mock") for line in lines), lines
    assert {r["kind"] for r in integrity.records(_autograded(course, "honest-mock"))} == {"code"}


# Tampering that is no cheat: each is undone before the test, which then grades the honest answer in full.
TAMPERING = '''

import ast
import sys
import threading
import time

import helpers._checks
from django.test.utils import CaptureQueriesContext

sys.settrace(lambda *args: None)
sys.setprofile(lambda *args: None)
sys.monitoring.use_tool_id(3, "student")
sys.monitoring.register_callback(3, sys.monitoring.events.PY_START, lambda *args: None)
sys.monitoring.set_events(3, sys.monitoring.events.PY_START)
CaptureQueriesContext.__exit__ = lambda self, *args: None
helpers._checks.check_equal.__code__ = (lambda actual, expected, what="": None).__code__
sys.meta_path.insert(0, type("Finder", (), {"find_spec": staticmethod(lambda *args: None)})())
get_ipython().ast_transformers.append(ast.NodeTransformer())
get_ipython().set_custom_exc((AssertionError,), lambda *args, **kwargs: None)
get_ipython().showtraceback = lambda *args, **kwargs: None
get_ipython().ast_node_interactivity = "all"
threading.Thread(target=lambda: time.sleep(30), daemon=True, name="spinner").start()
isinstance = lambda *args: True
models = None
'''
RESTORED = {
    ("tracing", "sys.settrace"),
    ("tracing", "sys.setprofile"),
    ("tracing", "sys.monitoring tool 3"),
    ("library", "django.test.utils.CaptureQueriesContext.__exit__"),
    ("helpers", "helpers._checks.check_equal (its code)"),
    ("imports", "sys.meta_path"),
    ("ipython", "get_ipython().ast_transformers"),
    ("ipython", "get_ipython().set_custom_exc"),
    ("ipython", "the IPython shell: showtraceback (added)"),
    ("ipython", "get_ipython().ast_node_interactivity"),
    ("builtins", "isinstance (shadowed by a notebook variable)"),
    ("names", "models"),
}


def test_tampering_is_undone_before_each_test_and_reported(solution, tmp_path):
    """Without nbgrader or a sandbox: GradingExecute on a notebook whose first answer tampers with everything."""
    nb = with_cell_replaced(solution, FIRST, _answer(solution, FIRST) + TAMPERING)
    nb, _ = GradingExecute(sandbox="off", timeout=30).preprocess(nb, {"metadata": {"path": str(tmp_path)}})
    for cell in nb.cells:
        if integrity.is_test(cell):
            assert not [o for o in cell.outputs if o.output_type == "error"], (cell.source, cell.outputs)
    records = integrity.records(nb)
    found = {(r["kind"], r["detail"]) for r in records if r["cell"] == f"test_{FIRST}" and r["when"] == "before"}
    assert RESTORED <= found, sorted(RESTORED - found)
    assert any(r["kind"] == "background" and "spinner" in r["detail"] for r in records), records
    assert not [r for r in records if r["when"] in ("during", "failed")], records


def test_module_03_swap_of_the_helpers_scores_nothing(tmp_path):
    """The cheat as first found: module 03, the helpers swapped in sys.modules, every answer a MagicMock."""
    assignment = "03_orm"
    course = copy_course(tmp_path / "course", assignments=[assignment])
    nbgrader(course, "generate_assignment", assignment, "--force")
    solution = answered(assignment, course)
    cheat = solution
    names = solution_cells(read_notebook(source_notebook(assignment)))
    for name in names:
        prefix = SWAP if name == names[0] else ""
        cheat = with_cell_replaced(cheat, name, prefix + "\n\n" + _stub(_answer(solution, name)))
    for student, nb in {"honest": solution, "swap": cheat}.items():
        folder = course / "submitted" / student / assignment
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{assignment}.ipynb")
    proc = course_grade(course, assignment, "--workers", "2", "--no-feedback")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with gradebook(course) as gb:
        scores = {s: gb.find_submission(assignment, s).score for s in ("honest", "swap")}
    assert scores == {"honest": sum(grade_cells(solution).values()), "swap": 0}, proc.stdout
    assert any("check helpers replaced: sys.modules['helpers']" in line for line in _lines(proc, "swap")), proc.stdout


# -- the pieces, without a kernel --------------------------------------------------------------------

def _cells(*sources):
    return {"cells": [{"cell_type": "code", "source": s, "metadata": {}} for s in sources]}


@pytest.mark.parametrize(
    ("source", "finding"),
    [
        ("import sys\nsys.modules['helpers'] = object()", "patches sys.modules['helpers']"),
        ("import helpers\nvars(helpers)['check_equal'] = print", "patches vars(helpers)['check_equal']"),
        ("import helpers\nsetattr(helpers, 'check', print)", "patches helpers (setattr)"),
        ("import builtins\nbuiltins.isinstance = print", "patches builtins.isinstance"),
        ("from unittest.mock import MagicMock", "unittest.mock"),
        ("import gc\ngc.get_referrers", "gc"),
        ("def f(g):\n    return g.__globals__", "introspection (.__globals__)"),
        ("get_ipython().input_transformers_post.append(str)", "IPython hooks (get_ipython().input_transformers_post)"),
        ("ip = get_ipython()\nip.events.register('pre_run_cell', print)",
         "IPython hooks (events.register('pre_run_cell'))"),
        ("import sys\nsys.settrace(print)", "tracing hooks (sys.settrace)"),
        ("exec('x = 1')", "exec/eval"),
        ("from django.test.utils import CaptureQueriesContext\nCaptureQueriesContext.__exit__ = print",
         "patches CaptureQueriesContext.__exit__"),
        ("def f(result):\n    result.__class__ = str", "patches result.__class__"),
    ],
)
def test_the_static_scan_names_what_a_cell_does(source, finding):
    assert finding in [r["detail"] for r in integrity.scan(_cells(source))]


@pytest.mark.parametrize(
    "source",
    [
        "%timeit sum(range(10))",
        "get_ipython().events.register('post_run_cell', print)",
        "from IPython.display import HTML",
        "import re\npattern = re.compile('a+')",
        "def f(book):\n    book.title = 'x'\n    return book.__dict__",
        "from django.db import connection\nconnection.force_debug_cursor = True",
        "from django.conf import settings\nsettings.DEBUG = False",
    ],
)
def test_the_static_scan_leaves_ordinary_code_alone(source):
    assert integrity.scan(_cells(source)) == []


def test_the_static_scan_skips_the_teachers_unmarked_cells_as_released():
    demo = "import sys\nsys.modules.pop('shop', None)"
    assert integrity.scan(_cells(demo), given={demo}) == []
    assert integrity.scan(_cells(demo + "\n"), given={demo}) != []


@pytest.mark.parametrize("assignment", [FIXTURE, *ASSIGNMENTS])
def test_released_and_solved_notebooks_raise_no_static_flag(assignment):
    """What every student is given, and the teacher's solutions, look innocent to the scan."""
    root = FIXTURE_ROOT if assignment == FIXTURE else ROOT
    release = read_notebook(Path(root) / "release" / assignment / f"{assignment}.ipynb")
    given = {c.source for c in release.cells if c.cell_type == "code"}
    assert integrity.scan(release, given) == []
    assert integrity.scan(answered(assignment, root), given) == []


def test_names_a_cell_binds_reads_and_imports():
    source = "from helpers import check_equal as ce\nimport sys\nx = Book.objects.all()\ndef f(a):\n    return a + y\n"
    assert integrity.bound_names(source) == ["ce", "f", "sys", "x"]
    assert integrity.read_names(source) == ["Book", "y"]
    assert integrity.imported_names(source) == [("ce", "helpers", "check_equal")]


def test_flags_are_read_back_from_the_notebooks_records():
    nb = {"metadata": {"course": {"integrity": [
        {"kind": "helpers", "detail": "sys.modules['helpers']", "cell": "test_a", "when": "before"},
        {"kind": "helpers", "detail": "sys.modules['helpers']", "cell": "test_b", "when": "before"},
        {"kind": "helpers", "detail": "check_equal (rebound while the test ran)", "cell": "test_c", "when": "during"},
        {"kind": "code", "detail": "unittest.mock", "cell": "a", "when": "static"},
    ]}}}
    assert integrity.flags(nb) == [
        "check helpers replaced: sys.modules['helpers'], check_equal (rebound while the test ran) "
        "(restored before test_a, test_b; changed while test_c ran, which scored 0)",
        "suspicious code: unittest.mock (in a)",
    ]
    assert integrity.flags({"metadata": {}}) == []
