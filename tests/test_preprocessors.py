"""The course's nbgrader preprocessors, one at a time, on small notebooks built in memory."""

import logging

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output
from nbgrader.utils import determine_grade
from traitlets.config import Config

from grading import GradingError, sandbox
from grading.preprocessors import KERNEL_DIED, NOT_RUN, GradingExecute, HideHiddenTests, StderrIsNotAFailure

pytestmark = pytest.mark.slow  # grades or executes notebooks: `make check` leaves it out

KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}


def _notebook(*cells):
    """Return a notebook of cells, for the Python kernel."""
    return new_notebook(cells=list(cells), metadata={"kernelspec": KERNELSPEC})


def _grade_cell(source, outputs=(), grade_id="test_it", points=1):
    """Return a locked test cell worth points, with outputs."""
    meta = {"nbgrader": {"grade": True, "solution": False, "locked": True, "grade_id": grade_id, "points": points}}
    return new_code_cell(source, metadata=meta, outputs=list(outputs))


def _executor(monkeypatch, mode="off", timeout=30):
    """Return GradingExecute configured as nbgrader_config.py does, with COURSE_SANDBOX=mode."""
    monkeypatch.setenv("COURSE_SANDBOX", mode)
    config = Config()
    sandbox.configure(config)
    config.GradingExecute.timeout = timeout
    return GradingExecute(config=config)


def _run(executor, nb, tmp_path):
    """Execute nb in tmp_path; return it."""
    nb, _ = executor.preprocess(nb, {"metadata": {"path": str(tmp_path)}})
    return nb


@pytest.fixture
def no_sandbox(monkeypatch):
    """Make bwrap fail in this process, which has not probed it nor warned yet."""

    def check():
        raise sandbox.SandboxUnavailable("bwrap cannot create a sandbox here: (a test)")

    monkeypatch.setattr(sandbox, "check", check)
    monkeypatch.setattr(sandbox, "_warned", False)
    sandbox.unavailable.cache_clear()
    yield
    sandbox.unavailable.cache_clear()


# GradingExecute


def test_a_dying_kernel_fails_its_cell_and_the_ones_after(monkeypatch, tmp_path):
    nb = _notebook(
        new_code_cell("print('one')"),
        new_code_cell("import os\nos._exit(1)"),
        new_code_cell("print('three')"),
        new_code_cell("print('four')"),
    )
    nb = _run(_executor(monkeypatch), nb, tmp_path)
    first, died, *after = nb.cells
    assert [o.get("text") for o in first.outputs] == ["one\n"]
    assert [o.ename for o in died.outputs] == [KERNEL_DIED]
    assert "died while running this cell" in died.outputs[0].evalue
    for cell in after:
        assert [(o.output_type, o.ename) for o in cell.outputs] == [("error", NOT_RUN)]
        assert cell.outputs[0].evalue == "not run: the kernel died in cell 1"


def test_configure_only_sets_the_mode(monkeypatch):
    def check():
        raise AssertionError("configure() probed the sandbox")

    monkeypatch.setattr(sandbox, "check", check)
    sandbox.unavailable.cache_clear()
    for mode in sandbox.MODES:
        monkeypatch.setenv("COURSE_SANDBOX", mode)
        config = Config()
        sandbox.configure(config)
        assert config.GradingExecute.sandbox == mode
    monkeypatch.setenv("COURSE_SANDBOX", "yes")
    with pytest.raises(GradingError, match="COURSE_SANDBOX must be auto, required or off"):
        sandbox.configure(Config())


def test_required_sandbox_fails_at_kernel_start(no_sandbox, monkeypatch, tmp_path):
    executor = _executor(monkeypatch, "required")  # configuring is fine; starting a kernel is not
    with pytest.raises(sandbox.SandboxUnavailable, match=r"COURSE_SANDBOX=required, but .*\(a test\)"):
        _run(executor, _notebook(new_code_cell("print('never runs')")), tmp_path)


def test_a_missing_sandbox_warns_once_per_process_and_grading_goes_on(no_sandbox, monkeypatch, tmp_path, caplog):
    executor = _executor(monkeypatch, "auto")
    with caplog.at_level(logging.WARNING, logger="grading.sandbox"):
        for _ in range(2):
            nb = _run(executor, _notebook(new_code_cell("print('ran')")), tmp_path)
            assert nb.cells[0].outputs[0].text == "ran\n"
    warnings = [r.getMessage() for r in caplog.records if "GRADING IS NOT ISOLATED" in r.getMessage()]
    assert len(warnings) == 1, warnings
    assert "(a test)" in warnings[0]


# StderrIsNotAFailure


def test_stderr_of_a_grade_cell_is_relabelled_and_scores(monkeypatch):
    stderr = new_output("stream", name="stderr", text="a warning\n")
    graded = _grade_cell("check()", [stderr, new_output("stream", name="stdout", text="ok\n")])
    plain = new_code_cell("print(1, file=sys.stderr)", outputs=[new_output("stream", name="stderr", text="1\n")])
    assert determine_grade(graded)[0] == 0  # nbgrader's own verdict on stderr
    nb, _ = StderrIsNotAFailure().preprocess(_notebook(graded, plain), {})
    graded, plain = nb.cells
    assert [(o.name, o.text) for o in graded.outputs] == [("stdout", "a warning\n"), ("stdout", "ok\n")]
    assert determine_grade(graded) == (1, 1)
    assert [o.name for o in plain.outputs] == ["stderr"]  # not a grade cell: untouched


def test_an_error_in_a_grade_cell_still_fails_it():
    error = new_output("error", ename="AssertionError", evalue="wrong", traceback=["AssertionError: wrong"])
    cell = _grade_cell("check()", [new_output("stream", name="stderr", text="noise\n"), error])
    nb, _ = StderrIsNotAFailure().preprocess(_notebook(cell), {})
    assert determine_grade(nb.cells[0])[0] == 0


# HideHiddenTests


HIDDEN = (
    '"""Check that double doubles."""\n'
    "assert double(2) == 4, 'double(2) should be 4'\n"
    "### BEGIN HIDDEN TESTS\n"
    "assert double(-3) == -6, 'the secret negative case'\n"
    "### END HIDDEN TESTS\n"
    "print('visible checks pass')"
)


def test_hidden_tests_are_removed_and_tracebacks_shortened():
    traceback = ["Traceback (most recent call last):", "  assert double(-3) == -6, 'the secret negative case'",
                 "AssertionError: the secret negative case"]
    error = new_output("error", ename="AssertionError", evalue="the secret negative case", traceback=traceback)
    nb, _ = HideHiddenTests().preprocess(_notebook(_grade_cell(HIDDEN, [error])), {})
    cell = nb.cells[0]
    assert "BEGIN HIDDEN TESTS" not in cell.source and "double(-3)" not in cell.source
    assert cell.source.splitlines() == [
        '"""Check that double doubles."""',
        "assert double(2) == 4, 'double(2) should be 4'",
        "# (hidden tests ran here; their code is not shown)",
        "print('visible checks pass')",
    ]
    assert cell.outputs[0].traceback == ["AssertionError: the secret negative case"]


def test_cells_without_hidden_tests_are_untouched():
    traceback = ["Traceback (most recent call last):", "  check()", "AssertionError: visible"]
    error = new_output("error", ename="AssertionError", evalue="visible", traceback=traceback)
    cell = _grade_cell("check()", [error])
    nb, _ = HideHiddenTests().preprocess(_notebook(nbformat.from_dict(cell)), {})
    assert nb.cells[0].source == "check()"
    assert nb.cells[0].outputs[0].traceback == traceback
