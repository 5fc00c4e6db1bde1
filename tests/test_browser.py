"""The student's course in a real browser: the student's JupyterLab driven by Playwright and Chromium.

One session over a fresh workspace, in the order a student meets it: the progress view before any work; a
module that opens unmodified; Run All with one exercise solved (its check passes, the unattempted ones say so
in one line, nothing prints a traceback); a self-check question answered wrongly, then rightly, its feedback
read from the status line a screen reader announces and its options found by their accessible names; the
progress view changed; the kernel restarted and the quiz showing the answer again.

Chromium is Debian's package, installed the way the PostgreSQL test installs its server
(``course.apt_install``); the pinned ``playwright`` package drives it without ``playwright install``. Where
Chromium cannot be had, the test is skipped with the reason (``pytest -rs``).
"""

import re
import shutil

import pytest
from playwright.sync_api import expect, sync_playwright

from course import ROOT, answers, apt_install, jupyter_lab, read_notebook, solution_cells, source_notebook
from helpers._bank import module
from helpers._text import plain
from workspace import sync

pytestmark = pytest.mark.slow

MODULE = "01_fundamentals"
NOTEBOOK = f"{MODULE}/{MODULE}.ipynb"
START = "notebooks/00_start_here.ipynb"
CHROMIUM = ("chromium", "chromium-browser")
TIMEOUT = 120_000  # ms: a Run All on a loaded machine

# JupyterLab's application object (exposed by --LabApp.expose_app_in_browser) and its current notebook panel.
_APP = "window.jupyterapp"
_PANEL = f"{_APP}.shell.currentWidget"
_IDLE = f"{_PANEL}?.sessionContext?.session?.kernel?.status === 'idle'"


def _chromium():
    """The path of a Chromium executable, or None."""
    return next((path for path in map(shutil.which, CHROMIUM) if path), None)


@pytest.fixture(scope="module")
def browser():
    why = apt_install("chromium", _chromium)  # returns at once when it is there
    if why:
        pytest.skip(f"no Chromium to drive: {why}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """The student's lab (as `make lab` serves it) over a fresh workspace of the course."""
    tmp = tmp_path_factory.mktemp("browser")
    workspace = tmp / "workspace"
    sync(ROOT / "release", ROOT / "notebooks", workspace)
    with jupyter_lab("student", workspace, tmp, "--LabApp.expose_app_in_browser=True") as running:
        yield running


class Student:
    """A student at the lab: opens notebooks, runs cells, reads their outputs (the notebook model's JSON)."""

    def __init__(self, page, lab):
        self.page, self.lab = page, lab

    def open(self, path):
        """Open a notebook (or bring its tab forward) and wait until its kernel is idle."""
        if self.page.url == "about:blank":
            self.page.goto(f"{self.lab.url}/lab/tree/{path}?token={self.lab.token}")
        else:
            self.page.evaluate(f"async path => {{ await {_APP}.commands.execute('docmanager:open', {{path}}); }}", path)
        # Until the page has loaded, window.jupyterapp is undefined: the wait polls on until it is there.
        self.page.wait_for_function(f"path => {_APP}?.shell && {_PANEL}?.context?.path === path "
                                    f"&& {_PANEL}.context.isReady && {_IDLE}", arg=path, timeout=TIMEOUT)

    def dirty(self):
        return self.page.evaluate(f"{_PANEL}.context.model.dirty")

    def cells(self):
        """[(cell type, nbgrader grade_id or '', outputs as nbformat JSON)] of the current notebook."""
        return self.page.evaluate(f"""{_PANEL}.content.widgets.map(c => [c.model.type,
            (c.model.getMetadata('nbgrader') || {{}}).grade_id || '',
            c.model.type === 'code' ? c.model.outputs.toJSON() : []])""")

    def index(self, grade_id):
        return next(i for i, (_, gid, _) in enumerate(self.cells()) if gid == grade_id)

    def write(self, index, source):
        """Replace a cell's text, as typing would."""
        self.page.evaluate(f"([i, s]) => {_PANEL}.content.widgets[i].model.sharedModel.setSource(s)", [index, source])

    def run_all(self):
        """Run > Run All Cells, and wait until every code cell has run and the kernel is idle again."""
        self.page.evaluate(f"async () => {{ await {_APP}.commands.execute('notebook:run-all-cells'); }}")
        self._wait_ran(range(len(self.cells())))

    def run(self, *indexes):
        """Run these cells, one after the other."""
        for i in indexes:
            self.page.evaluate(f"""async i => {{ {_PANEL}.content.widgets[i].model.executionCount = null;
                {_PANEL}.content.activeCellIndex = i;
                await {_APP}.commands.execute('notebook:run-cell'); }}""", i)
            self._wait_ran([i])

    def _wait_ran(self, indexes):
        self.page.wait_for_function(
            f"""ids => {_IDLE} && ids.every(i => {{ const m = {_PANEL}.content.widgets[i].model;
                return m.type !== 'code' || (m.executionCount !== null && m.executionState !== 'running'); }})""",
            arg=list(indexes), timeout=TIMEOUT)

    def cell(self, index):
        """Make a cell the active one and scroll it into view (JupyterLab only draws the cells near the view)."""
        self.page.evaluate(f"""async i => {{ {_PANEL}.content.activeCellIndex = i;
            await {_PANEL}.content.scrollToItem(i, 'start'); }}""", index)
        return self.page.locator(".jp-Notebook .jp-Cell.jp-mod-active")

    def restart_kernel(self):
        self.page.evaluate(f"async () => {{ await {_PANEL}.sessionContext.session.kernel.restart(); }}")
        self.page.wait_for_function(_IDLE, timeout=TIMEOUT)

    def progress_row(self):
        """The text of this module's row in the progress view."""
        return self.page.locator(f'table.course-progress-table tr[data-module="{MODULE}"]').inner_text()


def _texts(outputs):
    """Every text an output list shows: streams, tracebacks and plain-text data."""
    for out in outputs:
        yield out.get("text", "")
        yield "\n".join(out.get("traceback", []))
        yield out.get("data", {}).get("text/plain", "")


def test_a_student_session_in_the_browser(browser, lab):
    student = Student(browser.new_page(viewport={"width": 1280, "height": 900}), lab)
    mod = module(MODULE)
    first_exercise = solution_cells(read_notebook(source_notebook(MODULE)))[0]
    right = next(a for a in answers(MODULE) if a.exercise == first_exercise and a.kind == "right")

    # The progress view before any work.
    student.open(START)
    setup_cell = next(i for i, (kind, _, _) in enumerate(student.cells()) if kind == "code")
    progress_cell = _code_cell_calling(student, "progress()")
    student.run(setup_cell, progress_cell)
    assert re.search(r"\b0 of \d+\b", student.progress_row()), student.progress_row()
    assert "0 answered" in student.progress_row()

    # A module opens unmodified; Run All with the first exercise solved.
    student.open(NOTEBOOK)
    assert not student.dirty(), "the workspace notebook was changed by opening it"
    student.write(student.index(first_exercise), right.source)
    student.run_all()
    cells = student.cells()
    texts = [t for _, _, outputs in cells for t in _texts(outputs)]
    assert not [t for t in texts if "Traceback" in t], "a first Run All printed a traceback"
    test_outputs = cells[student.index(f"test_{first_exercise}")][2]
    assert any("visible checks pass" in t for t in _texts(test_outputs)), test_outputs
    unattempted = [t for t in texts if "is not attempted yet" in t]
    assert len(unattempted) == len(solution_cells(read_notebook(source_notebook(MODULE)))) - 1, unattempted

    # A self-check question, answered wrongly then rightly; its options found by their accessible names.
    section = next(iter(mod.sections))
    question = next(q for q in mod.questions if q.section == section)
    assert len(question.answer) == 1, "this test answers a one-answer question"
    wrong_key = next(o.key for o in question.options if o.key not in question.answer)
    quiz_cell = _code_cell_calling(student, f'quiz("{MODULE}.{section}")')
    box = student.cell(quiz_cell).locator(".course-question").first
    radio = {o.key: box.get_by_role("radio", name=f"{o.key}) {plain(o.text)}", exact=True) for o in question.options}
    status = box.get_by_role("status")
    radio[wrong_key].check()
    box.get_by_role("button", name="Check").click()
    expect(status).to_contain_text(f"Not quite: the answer is {question.answer[0]}.")
    radio[question.answer[0]].check()
    expect(radio[wrong_key]).not_to_be_checked()  # the kernel clears the other options of a one-answer question
    box.get_by_role("button", name="Check").click()
    expect(status).to_contain_text("\N{HEAVY CHECK MARK} Correct.")

    # The progress view changed.
    student.open(START)
    student.run(progress_cell)
    row = student.progress_row()
    assert re.search(r"\b1 of \d+\b", row) and "1 right of 1 answered" in row, row

    # After a kernel restart the quiz shows the answer again.
    student.open(NOTEBOOK)
    student.restart_kernel()
    student.run(*range(quiz_cell + 1))  # the cells down to the quiz, as after any restart
    box = student.cell(quiz_cell).locator(".course-question").first
    right_option = next(o for o in question.options if o.key == question.answer[0])
    expect(box.get_by_role("radio", name=f"{right_option.key}) {plain(right_option.text)}", exact=True)).to_be_checked()
    expect(box.get_by_role("status")).to_contain_text("\N{HEAVY CHECK MARK} Correct.")
    student.page.close()


def _code_cell_calling(student, call):
    """The index of the current notebook's code cell whose text contains call."""
    sources = student.page.evaluate(
        f"{_PANEL}.content.widgets.map(c => c.model.type === 'code' ? c.model.sharedModel.getSource() : '')")
    return next(i for i, source in enumerate(sources) if call in source)
