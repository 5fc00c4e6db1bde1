"""The student's lab and the teacher's: their nbgrader tools, the one-line errors, readable self-checks."""

import json
import os
import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import nbgrader
from course import copy_course, http_get, jupyter_lab
from helpers import _lab, _quiz, _text, quiz
from helpers._bank import modules
from workspace import IPYTHON_DIR, sync

ROOT = Path(__file__).resolve().parents[1]
LAB = ROOT / "lab"
LABEXTENSION = Path(sys.prefix, "share", "jupyter", "labextensions", "@jupyter", "nbgrader")
NBGRADER_PLUGINS = {"assignment-list", "course-list", "create-assignment", "formgrader", "menu", "validate-assignment"}
SERVER_EXTENSIONS = {f"nbgrader.server_extensions.{n}" for n in ("assignment_list", "course_list", "formgrader",
                                                                   "validate_assignment")}
WRONG = "\N{HEAVY BALLOT X}"


def _config(lab):
    """Return (server extensions on/off, lab plugins disabled or not) of lab/<lab>/."""
    server = json.loads((LAB / lab / "jupyter_server_config.json").read_text())["ServerApp"]["jpserver_extensions"]
    page = json.loads((LAB / lab / "labconfig" / "page_config.json").read_text())["disabledExtensions"]
    return server, page


# ---- which nbgrader tools each lab has -------------------------------------------------------------------

def test_students_get_only_the_validate_button():
    server, page = _config("student")
    assert {name for name, on in server.items() if on} == {"nbgrader.server_extensions.validate_assignment"}
    assert server["nbgrader"] is False  # the package-level entry would load all four
    disabled = {name.removeprefix("@jupyter/nbgrader:") for name, off in page.items() if off and "nbgrader" in name}
    assert disabled == NBGRADER_PLUGINS - {"validate-assignment"}


def test_teachers_get_every_nbgrader_tool():
    server, page = _config("teacher")
    assert {name for name, on in server.items() if on} == SERVER_EXTENSIONS
    assert not any(off for name, off in page.items() if "nbgrader" in name)


def test_the_configs_name_what_the_installed_nbgrader_has():
    """nbgrader renaming a plugin or a server extension would silently undo the student's lab: fail instead."""
    shipped = "".join(p.read_text(errors="replace") for p in (LABEXTENSION / "static").glob("*.js"))
    for plugin in NBGRADER_PLUGINS:
        assert f'"@jupyter/nbgrader:{plugin}"' in shipped, plugin
    for lab in ("student", "teacher"):
        server, page = _config(lab)
        assert set(server) == SERVER_EXTENSIONS | {"nbgrader"}
        assert {n.removeprefix("@jupyter/nbgrader:") for n in page if "nbgrader" in n} == NBGRADER_PLUGINS
    assert nbgrader.__version__ == "0.9.6", "check the plugin ids and server extensions of the new nbgrader"


def test_both_labs_start_kernels_without_terminal_warnings():
    """Kernels over CurveZMQ (ipykernel supports it) and a ping timeout tornado accepts: no warning a line."""
    for lab in ("student", "teacher"):
        config = json.loads((LAB / lab / "jupyter_server_config.json").read_text())
        assert config["KernelManager"]["transport_encryption"] == "auto"
        assert config["ServerApp"]["tornado_settings"]["ws_ping_timeout"] <= 30000
    assert 'c.KernelManager.transport_encryption = "auto"' in (LAB / "student" / "nbgrader_config.py").read_text()


def test_the_student_lab_validates_with_the_course_timeout():
    student = (LAB / "student" / "nbgrader_config.py").read_text()
    course = (ROOT / "nbgrader_config.py").read_text()
    timeout = re.compile(r"^c\.Execute\.timeout = (\d+)", re.MULTILINE)
    assert timeout.search(student).group(1) == timeout.search(course).group(1)
    assert "import" not in student  # no grading sandbox, no course preprocessors in the student's lab


def test_setup_enables_no_extension_at_sys_prefix():
    """`jupyter server extension enable nbgrader` printed a red "Validation failed" on a first setup."""
    makefile = (ROOT / "Makefile").read_text()
    assert "extension enable" not in makefile
    assert 'JUPYTER_CONFIG_PATH="$(CURDIR)/lab/student"' in makefile
    assert 'JUPYTER_CONFIG_PATH="$(CURDIR)/lab/teacher"' in makefile


@pytest.mark.slow
def test_a_student_lab_serves_validate_only_and_logs_no_error(tmp_path):
    course = _course(tmp_path)
    workspace = tmp_path / "ws"
    sync(course, tmp_path / "no-notebooks", workspace)
    with jupyter_lab("student", workspace, tmp_path) as lab:
        base, token = lab.url, lab.token
        started = lab.log.read_text()  # before the requests below, whose 404s are logged as warnings
        for path in ("formgrader", "courses", "assignments?course_id=x"):
            assert http_get(f"{base}/{path}{'&' if '?' in path else '?'}token={token}")[0] == 404, path
        assert http_get(f"{base}/nbgrader_version?version={nbgrader.__version__}&token={token}")[0] == 200
        status, page = http_get(f"{base}/lab?token={token}")
        assert status == 200
        disabled = json.loads(re.search(r'"disabledExtensions": (\[[^]]*\])', page).group(1))
        assert "@jupyter/nbgrader:formgrader" in disabled and "@jupyter/nbgrader:validate-assignment" not in disabled
    assert not re.search(r"^\[[EWC] |WARNING|ERROR", started, re.MULTILINE), started
    assert not (workspace / "gradebook.db").exists()


@pytest.mark.slow
def test_the_teacher_lab_lists_courses_and_assignments_without_an_error(tmp_path):
    """The exchange is the course's exchange/ (which `make teach` makes): the lab's assignment list works."""
    course = copy_course(tmp_path / "course", assignments=["01_fundamentals"])
    makefile = (ROOT / "Makefile").read_text()
    assert "@mkdir -p exchange" in makefile and "default_url=/lab " in makefile  # no query: see the Makefile
    (course / "exchange").mkdir()
    with jupyter_lab("teacher", course, tmp_path) as lab:
        for path in ("courses", "assignments?course_id=django-interview-lab"):
            status, body = http_get(f"{lab.url}/{path}{'&' if '?' in path else '?'}token={lab.token}")
            assert status == 200 and json.loads(body)["success"] is True, (path, body)
        log = lab.log.read_text()
    assert not re.search(r"^\[[EC] |Traceback", log, re.MULTILINE), log


# ---- one line for the first errors of a student ----------------------------------------------------------

def _course(tmp_path):
    """Write release/01_x/01_x.ipynb: a bootstrap cell, two exercises (a function and a class) and other cells."""
    cells = [
        new_code_cell("from helpers import setup; setup()"),
        new_markdown_cell("### Exercise 1.1 — Cheap books (1 point)"),
        new_code_cell('def cheap_books(limit):\n    """Return the cheap books."""\n    # YOUR CODE HERE\n'
                      "    raise NotImplementedError()"),
        new_code_cell('"""Check that cheap_books works."""\nfrom helpers import passed\n\n'
                      'assert cheap_books(3) == []\npassed("Exercise 1.1")'),
        new_code_cell("%load_ext autoreload\nprices = [1, 2]"),
        new_code_cell("total = sum(prices)"),
        new_markdown_cell("### Exercise 2.1 — A shelf (1 point)"),
        new_code_cell('class Shelf:\n    """A shelf."""\n    # YOUR CODE HERE\n    raise NotImplementedError()'),
        new_code_cell('"""Check that Shelf holds books."""\nfrom helpers import passed\n\n'
                      'assert Shelf()\npassed("Exercise 2.1")'),
        new_code_cell("from django.contrib.auth.models import User"),
    ]
    nb = new_notebook(cells=cells, metadata={"kernelspec": {"display_name": "Python 3 (ipykernel)",
                                                            "language": "python", "name": "python3"}})
    (tmp_path / "release" / "01_x").mkdir(parents=True)
    (tmp_path / "no-notebooks").mkdir()
    nbformat.write(nb, tmp_path / "release" / "01_x" / "01_x.ipynb")
    return tmp_path / "release"


class _Kernel:
    """A kernel started as the student's lab starts it: the workspace's IPython profile, the notebook's path."""

    def __init__(self, workspace, notebook, **env):
        from jupyter_client.manager import start_new_kernel

        base = {name: value for name, value in os.environ.items() if name != "NBGRADER_EXECUTION"}
        env = dict(base, IPYTHONDIR=str(workspace / IPYTHON_DIR), JPY_SESSION_NAME=str(notebook), **env)
        self.manager, self.client = start_new_kernel(kernel_name="python3", env=env, cwd=str(notebook.parent))
        self.notebook = notebook
        self.cells = [c.source for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "code"]

    def run(self, code):
        """Run code; return (reply status, the error output or None). self.stderr is what it wrote there."""
        self._error, self.stderr = None, ""
        reply = self.client.execute_interactive(code, timeout=60, output_hook=self._hook)
        return reply["content"]["status"], self._error

    def _hook(self, msg):
        if msg["msg_type"] == "error":
            self._error = msg["content"]
        elif msg["msg_type"] == "stream" and msg["content"]["name"] == "stderr":
            self.stderr += msg["content"]["text"]

    def close(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("lab")
    workspace = tmp_path / "ws"
    sync(_course(tmp_path), tmp_path / "no-notebooks", workspace)
    started = _Kernel(workspace, workspace / "01_x" / "01_x.ipynb")
    yield started
    started.close()


def _line(error):
    """Return the one line an explained error shows, failing when it shows a traceback."""
    assert len(error["traceback"]) == 1, "\n".join(error["traceback"])
    return error["traceback"][0]


@pytest.mark.slow
def test_kernel_errors_in_a_student_lab(kernel):
    """One kernel, in the order a student meets them (the kernel takes seconds to start)."""
    cells = kernel.cells
    status, error = kernel.run(cells[-1])  # a Django import before setup()
    assert status == "error" and error["ename"] in {"ImproperlyConfigured", "AppRegistryNotReady"}
    assert _line(error) == (f"{WRONG} Django is not set up in this kernel yet: run the first cell, `setup()`, "
                            "first, then this cell again")

    status, error = kernel.run(cells[4])  # total = sum(prices): prices comes from the 4th code cell
    assert status == "error" and error["ename"] == "NameError"
    assert _line(error) == (f"{WRONG} `prices` is defined in the 4th code cell, which begins "
                            "`%load_ext autoreload`: run that cell first")

    assert kernel.run(cells[0]) == ("ok", None)
    assert kernel.run(cells[1]) == ("ok", None)  # the stub is defined; calling it raises
    status, error = kernel.run(cells[2])
    assert status == "error" and error["ename"] == "NotImplementedError"  # still a failure, as grading sees it
    assert _line(error) == f"{WRONG} Exercise 1.1 is not attempted yet: write `cheap_books` above"

    view = ('from django.test import Client\nfrom django.urls import path\nfrom helpers import route\n\n'
            'def hello(request):\n    """A view."""\n    # YOUR CODE HERE\n    raise NotImplementedError()\n\n'
            'route(path("hello/", hello))\n')
    assert kernel.run(view) == ("ok", None)
    status, error = kernel.run('Client().get("/hello/")\npassed("Exercise 1.2")')
    assert _line(error) == f"{WRONG} Exercise 1.2 is not attempted yet: write `hello` above"
    assert kernel.stderr == ""  # Django's "Internal Server Error" log went to helpers.server_log
    kernel.run('def hello(request):\n    raise NotImplementedError("not a stub")\n\nroute(path("hello/", hello))')
    status, error = kernel.run('Client().get("/hello/")')  # a view failing for another reason
    assert len(error["traceback"]) > 1 and kernel.stderr == ""

    status, error = kernel.run(cells[5])  # the class stub raises in its own cell
    assert _line(error) == f"{WRONG} Exercise 2.1 is not attempted yet: write `Shelf` in this cell"
    status, error = kernel.run(cells[6])  # so its test cell finds no Shelf
    assert _line(error) == f"{WRONG} Exercise 2.1 is not attempted yet: write `Shelf` above and run its cell"

    for other in ('raise NotImplementedError("not a stub")', "undefined_name", "from django.core.exceptions "
                  "import ImproperlyConfigured\nraise ImproperlyConfigured('a real one')"):
        status, error = kernel.run(other)
        assert status == "error" and len(error["traceback"]) > 1, other  # the normal traceback


@pytest.mark.slow
def test_the_kernel_reports_the_language_info_the_workspace_notebooks_carry(kernel):
    """JupyterLab writes the kernel's language_info into an opened notebook: equal means it opens unmodified."""
    reply = kernel.client.kernel_info(reply=True)
    stored = nbformat.read(kernel.notebook, as_version=4).metadata.language_info
    assert dict(stored) == reply["content"]["language_info"]


@pytest.mark.slow
def test_autograding_kernels_keep_every_traceback(tmp_path):
    workspace = tmp_path / "ws"
    sync(_course(tmp_path), tmp_path / "no-notebooks", workspace)
    graded = _Kernel(workspace, workspace / "01_x" / "01_x.ipynb", NBGRADER_EXECUTION="autograde")
    try:
        graded.run(graded.cells[1])
        status, error = graded.run(graded.cells[2])
        assert status == "error" and len(error["traceback"]) > 1
    finally:
        graded.close()


class _Shell:
    """What the explanations use of IPython's shell, for tests without a kernel."""

    @staticmethod
    def transform_cell(source):
        return source


def test_names_a_cell_binds_at_its_top_level():
    code = ("import os.path, numpy as np\nfrom x import (a, b as c)\nd = e = 1\nf, (g, *h) = 1, (2, 3)\n"
            "i: int = 1\nj += 1\nfor k in []:\n    l = 1\nwith open('x') as m:\n    pass\n"
            "if True:\n    def n(): o = 1\nelse:\n    class p: q = 1\ntry:\n    r = 1\nexcept Exception as s:\n"
            "    t = 1\nobj.attr = 1\nitems[0] = 1\nawait thing()\n")
    assert _lab._names(code) == set("acdefghijklmnprt") | {"os", "np"}
    assert _lab._names("def broken(:\n") == frozenset()


def test_ordinals():
    assert [_lab._ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)] == [
        "first", "second", "third", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"]


def test_the_notebook_comes_from_the_session_name_jupyter_server_gives_the_kernel(tmp_path, monkeypatch):
    nbformat.write(new_notebook(cells=[new_markdown_cell("# T"), new_code_cell("x = 1")]), tmp_path / "n.ipynb")
    monkeypatch.setenv("JPY_SESSION_NAME", str(tmp_path / "n.ipynb"))
    cells = _lab._notebook(_Shell())
    assert [(c.index, c.is_code, c.defines) for c in cells] == [(0, False, frozenset()), (1, True, {"x"})]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JPY_SESSION_NAME", "some/folder/n.ipynb")  # an API path: the kernel runs in its folder
    assert len(_lab._notebook(_Shell())) == 2
    for unknown in ("", "console-1", str(tmp_path / "missing.ipynb")):
        monkeypatch.setenv("JPY_SESSION_NAME", unknown)
        assert _lab._notebook(_Shell()) is None


def test_the_extension_stays_off_where_nbgrader_grades(monkeypatch):
    class Recorder:
        handlers = []

        def set_custom_exc(self, exceptions, handler):
            self.handlers.append((exceptions, handler))

    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    _lab.load_ipython_extension(Recorder())
    assert Recorder.handlers == []
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")  # the student's Validate button
    _lab.load_ipython_extension(Recorder())
    monkeypatch.delenv("NBGRADER_EXECUTION")
    _lab.load_ipython_extension(Recorder())
    assert [NotImplementedError in exceptions for exceptions, _ in Recorder.handlers] == [True, True]


# ---- self-check questions that read well -----------------------------------------------------------------

def _questions():
    for mod in modules():
        for section in mod.sections:
            yield from quiz(f"{mod.id}.{section}").questions


def test_code_in_options_reads_as_code_and_names_its_control():
    """Code in an option is shown as code, and the option's control is named by its whole text (screen readers).

    A radio button's label is plain text, so the formatted text is shown beside it, hidden from screen readers;
    a checkbox's label is the formatted text itself.
    """
    with_code = [w for w in _questions() if any("`" in o.text for o in w.question.options)]
    one = next(w for w in with_code if len(w.question.answer) == 1)
    many = next(w for w in with_code if len(w.question.answer) > 1)
    for option, row in zip(one.question.options, one.children[1].children):
        control, text = row.children
        assert control.options == (f"{option.key}) {_text.plain(option.text)}",)
        assert "`" not in control.options[0] and "<" not in control.options[0].replace(" < ", "")
        assert text.value.startswith('<span aria-hidden="true">') and "`" not in text.value
        assert ("<code>" in text.value) == ("`" in option.text)
    for option, row in zip(many.question.options, many.children[1].children):
        (control,) = row.children
        assert control.description_allow_html and control.description.startswith(f"{option.key}) ")
        assert ("<code>" in control.description) == ("`" in option.text) and "`" not in control.description


def test_a_one_answer_question_keeps_one_radio_button_chosen():
    widget = next(w for w in _questions() if len(w.question.answer) == 1)
    first, second = widget._inputs[:2]
    first.index = 0  # a click on a)
    second.index = 0  # then on b)
    assert first.index is None and widget.chosen() == (widget.question.options[1].key,)
    widget.choose(widget.question.options[0].key)
    assert widget.chosen() == (widget.question.options[0].key,)


def test_feedback_is_text_with_text_line_spacing():
    widget = next(iter(_questions()))
    widget.choose(*widget.question.answer)
    widget.check()
    assert widget._status.value.startswith('<div role="status"') and "<p>" not in widget._status.value
    assert "course-question" in widget._dom_classes
    assert ".course-question .widget-html-content {line-height: 1.4}" in _quiz._CSS
