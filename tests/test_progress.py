"""The progress record (workspace/.course-progress.json) and the progress view, as plain Python."""

import json
import re
import subprocess
import sys
import warnings

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import helpers
from helpers import _progress, _quiz, progress, quiz
from helpers._bank import module
from helpers._progress import RECORD, heading_id, load, outline, workspace
from workspace import MANIFEST

from course import ROOT

MODULE = module("03_orm")
SECTIONS = list(MODULE.sections)


def _notebook(mod):
    """Return a module notebook shaped like the course's: per section a heading, an exercise and its quiz."""
    cells = [new_markdown_cell(f"# {mod.number:02d} · {mod.title}"), new_code_cell("from helpers import setup; setup()")]
    for k, (key, title) in enumerate(mod.sections.items(), start=1):
        cells += [
            new_markdown_cell(f"---\n## {k} · {title}\n\nThe true answer."),
            new_markdown_cell(f"### Exercise {k}.1 — Something (1 point)"),
            new_code_cell("def f():\n    raise NotImplementedError()",
                          metadata={"nbgrader": {"solution": True, "grade": False, "grade_id": f"f{k}"}}),
            new_code_cell(f'passed("Exercise {k}.1")',
                          metadata={"nbgrader": {"solution": False, "grade": True, "grade_id": f"test_f{k}"}}),
            new_code_cell(f'quiz("{mod.id}.{key}")'),
        ]
    return new_notebook(cells=cells)


@pytest.fixture
def ws(tmp_path, monkeypatch):
    """A student workspace holding module 03's notebook; the kernel runs in its module folder."""
    root = tmp_path / "workspace"
    (root / MODULE.id).mkdir(parents=True)
    (root / "notebooks").mkdir()
    (root / MANIFEST).write_text("{}\n")
    nbformat.write(_notebook(MODULE), root / MODULE.notebook)
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.chdir(root / MODULE.id)
    return root


def _record(root):
    return json.loads((root / RECORD).read_text())


def _wrong_key(question):
    return next(o.key for o in question.options if not o.correct)


# ---- where the record lives

def test_the_workspace_is_found_by_walking_up_to_the_manifest(ws):
    assert workspace() == ws
    assert workspace(ws / "notebooks") == ws


def test_no_workspace_outside_one_or_under_nbgrader(ws, tmp_path, monkeypatch):
    assert workspace(tmp_path) is None
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert workspace() is None


# ---- what is recorded

def test_passed_records_the_exercise_of_the_module_folder(ws, capsys):
    helpers.passed("Exercise 1.1")
    assert capsys.readouterr().out.startswith("\N{HEAVY CHECK MARK} Exercise 1.1: visible checks pass")
    record = _record(ws)
    assert record["version"] == 1
    at = record["modules"]["03_orm"]["exercises"]["Exercise 1.1"]["at"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", at)


def test_passed_records_nothing_under_nbgrader_outside_a_module_or_a_workspace(ws, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    helpers.passed("Exercise 1.1")
    monkeypatch.delenv("NBGRADER_EXECUTION")
    monkeypatch.chdir(ws / "notebooks")
    helpers.passed("Exercise 1.1")
    monkeypatch.chdir(tmp_path)
    helpers.passed("Exercise 1.1")
    assert not (ws / RECORD).exists()
    assert capsys.readouterr().out.count("visible checks pass") == 3


def test_a_checked_answer_is_recorded_and_a_later_quiz_restores_it(ws):
    first = quiz("03_orm.orm")
    right, wrong = first.questions[0], first.questions[1]
    right.choose(*right.question.answer)
    right.check()
    wrong.choose(_wrong_key(wrong.question))
    wrong.check()
    saved = _record(ws)["modules"]["03_orm"]["questions"]
    assert saved[right.question.id]["correct"] is True and saved[right.question.id]["chosen"] == list(right.question.answer)
    assert saved[wrong.question.id] == {"chosen": [_wrong_key(wrong.question)], "correct": False,
                                        "at": saved[wrong.question.id]["at"]}

    again = quiz("03_orm.orm")  # as after a kernel restart
    assert again.score == 1 and again.score_text == f"Score: 1 of {len(again.questions)} right."
    assert again.questions[0].chosen() == right.question.answer
    assert again.questions[0].feedback == right.feedback
    assert again.questions[1].feedback.startswith("\N{HEAVY BALLOT X} Not quite")
    assert again.questions[2].chosen() == () and again.questions[2].feedback == ""


def test_restoring_does_not_record_again(ws):
    widget = quiz("03_orm.orm").questions[0]
    widget.choose(*widget.question.answer)
    widget.check()
    before = (ws / RECORD).read_text()
    quiz("03_orm.orm")
    assert (ws / RECORD).read_text() == before


def test_a_stale_answer_that_no_longer_fits_is_skipped(ws):
    question = MODULE.questions[0]
    (ws / RECORD).write_text(json.dumps({"version": 1, "interviews": [], "modules": {
        "03_orm": {"questions": {question.id: {"chosen": ["z"], "correct": True, "at": "x"}}}}}))
    widget = next(w for w in quiz(f"03_orm.{question.section}").questions if w.question.id == question.id)
    assert widget.chosen() == () and widget.correct is None


def test_a_corrupt_record_is_kept_as_a_backup_and_a_new_one_started(ws):
    (ws / RECORD).write_text("{not json")
    with pytest.warns(UserWarning, match="could not be read; it was kept as .course-progress.json.unreadable-"):
        helpers.passed("Exercise 2.1")
    assert list(_record(ws)["modules"]["03_orm"]["exercises"]) == ["Exercise 2.1"]
    (backup,) = ws.glob(f"{RECORD}.unreadable-*")
    assert backup.read_text() == "{not json"


def test_a_record_of_another_version_is_not_trusted(ws):
    (ws / RECORD).write_text(json.dumps({"version": 99, "modules": {}, "interviews": []}))
    with pytest.warns(UserWarning, match="could not be read"):
        assert load()["version"] == 1


def test_writes_are_atomic_and_leave_no_temp_files(ws):
    for k in range(1, 4):
        helpers.passed(f"Exercise {k}.1")
    assert sorted(p.name for p in ws.iterdir() if p.name.startswith(RECORD)) == [RECORD, f"{RECORD}.lock"]
    assert len(_record(ws)["modules"]["03_orm"]["exercises"]) == 3


def test_two_notebooks_recording_at_once_lose_nothing(ws):
    code = ("import sys; from helpers._progress import record_answer\n"
            "for n in range(25): record_answer(f'03_orm.orm.{sys.argv[1]}{n}', ['a'], True)")
    runs = [subprocess.Popen([sys.executable, "-c", code, name], cwd=ws / "03_orm") for name in ("x", "y")]
    assert [run.wait(timeout=60) for run in runs] == [0, 0]
    assert len(_record(ws)["modules"]["03_orm"]["questions"]) == 50


def test_a_file_system_error_warns_once_and_never_breaks_the_cell(ws, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(_progress, "_write", refuse)
    monkeypatch.setitem(_progress._state, "warned", False)
    with pytest.warns(UserWarning, match="could not be saved"):
        helpers.passed("Exercise 1.1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        helpers.passed("Exercise 1.1")  # the second failure is silent


# ---- the notebook's outline and JupyterLab's heading ids

def test_heading_ids_follow_jupyterlab():
    # JupyterLab: the heading's rendered text with every space replaced by '-' (code spans lose their backticks).
    assert heading_id("3 · Reading rows: `all()`, `filter()`, `get()`") == "3-·-Reading-rows:-all(),-filter(),-get()"
    assert heading_id("9 · Django's exceptions") == "9-·-Django's-exceptions"
    assert heading_id("5 · *Q* & friends") == "5-·-Q-&-friends"


def test_outline_maps_sections_to_quiz_keys_and_exercises(ws):
    sections = outline(ws / MODULE.notebook, MODULE.id)
    assert [s["key"] for s in sections] == SECTIONS
    assert sections[0]["exercises"] == ["Exercise 1.1"]
    assert sections[0]["anchor"] == heading_id(f"1 · {MODULE.sections[SECTIONS[0]]}")


@pytest.mark.parametrize("path", sorted((ROOT / "release").glob("*/*.ipynb")), ids=lambda p: p.parent.name)
def test_every_released_module_can_be_followed(path):
    """Each passed("Exercise k.j") names an exercise heading of its own section; every section has its quiz."""
    mod = module(path.parent.name)
    sections = outline(path, mod.id)
    assert {s["key"] for s in sections if s["key"]} == set(mod.sections), "a bank section without its quiz cell"
    nb = nbformat.read(path, as_version=4)
    labels = [label for cell in nb.cells if cell.cell_type == "code"
              for label in re.findall(r'passed\("([^"]+)"\)', cell.source)]
    exercises = [label for s in sections for label in s["exercises"]]
    assert sorted(labels) == sorted(exercises), "passed() labels and exercise headings with solution cells differ"


# ---- the progress view

def test_progress_outside_a_workspace_says_where_progress_is_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    view = progress()
    assert repr(view) == "Progress: none recorded here (progress is kept in the workspace that `make lab` opens)."
    assert "make lab" in view._repr_html_()


def test_progress_shows_exercises_score_sections_to_revisit_and_where_to_go_on(ws, monkeypatch):
    helpers.passed("Exercise 1.1")
    first = quiz(f"03_orm.{SECTIONS[0]}")
    for widget in first.questions:  # section 1: all right
        widget.choose(*widget.question.answer)
        widget.check()
    second = quiz(f"03_orm.{SECTIONS[1]}").questions[0]  # section 2: one wrong
    second.choose(_wrong_key(second.question))
    second.check()
    monkeypatch.chdir(ws / "notebooks")  # as in 00_start_here
    view = progress()
    (row,) = view.rows
    n_first = len(first.questions)
    assert row["exercises"] == (1, len(SECTIONS))
    assert row["questions"] == (n_first, n_first + 1, len(MODULE.questions))
    anchor = heading_id(f"2 · {MODULE.sections[SECTIONS[1]]}")
    assert row["revisit"] == [(f"../03_orm/03_orm.ipynb#{anchor}", f"2 · {MODULE.sections[SECTIONS[1]]}")]
    assert row["continue_at"][0] == f"../03_orm/03_orm.ipynb#{anchor}"
    text = view._repr_html_()
    assert '<tr data-module="03_orm">' in text and f"{n_first} right of {n_first + 1} answered" in text
    assert f'href="../03_orm/03_orm.ipynb#{anchor}"' in text
    assert repr(view).splitlines()[1].startswith("  03 · ORM and QuerySets: exercises passed 1 of")


def test_continue_at_is_the_first_section_with_an_exercise_not_passed(ws):
    for widget in quiz(f"03_orm.{SECTIONS[0]}").questions:
        widget.choose(*widget.question.answer)
        widget.check()
    (row,) = progress().rows
    assert row["continue_at"][1].startswith("1 · ")  # its questions are right, its exercise is not passed
    helpers.passed("Exercise 1.1")
    (row,) = progress().rows
    assert row["continue_at"][1].startswith("2 · ")


def test_a_module_done_says_so(ws):
    for k, key in enumerate(SECTIONS, start=1):
        helpers.passed(f"Exercise {k}.1")
        for widget in quiz(f"03_orm.{key}").questions:
            widget.choose(*widget.question.answer)
            widget.check()
    (row,) = progress().rows
    assert row["done"] and row["revisit"] == []
    assert "\N{HEAVY CHECK MARK} done" in progress()._repr_html_()


# ---- the line a saved notebook shows instead of a dead widget

def test_a_quiz_in_a_workspace_kernel_stores_a_run_this_cell_note_before_the_widget(ws, monkeypatch):
    shown = []
    monkeypatch.setattr(_quiz, "get_ipython", lambda: object())
    monkeypatch.setattr(_quiz, "display", shown.append)
    quiz("03_orm.orm")
    (note,) = shown
    assert note.data == '<p class="course-stale"><i>Self-check questions: run this cell to show them.</i></p>'


def test_no_note_outside_a_workspace_or_a_kernel(ws, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(_quiz, "display", shown.append)
    quiz("03_orm.orm")  # no kernel
    monkeypatch.setattr(_quiz, "get_ipython", lambda: object())
    monkeypatch.chdir(tmp_path)
    quiz("03_orm.orm")  # no workspace: stored outputs of the course stay as they are
    assert shown == []


def test_the_live_widget_hides_the_note():
    assert ".jp-OutputArea:has(.course-quiz) .course-stale" in _quiz._CSS
    assert ".jp-OutputArea:has(.course-interview) .course-stale" in _quiz._CSS
    assert _quiz._CSS.index(".course-stale") < _quiz._CSS.index("{display: none}")
