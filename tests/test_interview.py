"""The mock interview: a seeded draw, the session's logic and its widget, driven as plain Python."""

import json
import re
import subprocess
import sys

import nbformat
import pytest

from helpers import _interview, _quiz, mock_interview
from helpers._bank import module, modules
from helpers._interview import RATINGS, MockInterview, Session, draw
from helpers._progress import RECORD, heading_id
from workspace import MANIFEST

from course import ROOT

ORM = module("03_orm")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def _first(session, kind):
    """Move a started session to its first question of this kind and return it."""
    while session.current.kind != kind:
        session.next()
    return session.current


# ---- the draw

def test_the_same_seed_draws_the_same_questions_in_the_same_order():
    ids = lambda items: [i.question.id for i in items]  # noqa: E731
    assert ids(draw(["03_orm"], 8, 7)) == ids(draw(["03_orm"], 8, 7))
    assert ids(draw(["03_orm"], 8, 7)) != ids(draw(["03_orm"], 8, 8))


def test_the_draw_mixes_open_and_multiple_choice_questions_of_the_chosen_modules():
    items = draw(["03_orm", "00_start_here"], 10, 3)
    assert len(items) == 10
    assert sum(i.kind == "open" for i in items) == 5
    assert {i.module.id for i in items} <= {"03_orm", "00_start_here"}
    assert len({i.question.id for i in items}) == 10


def test_a_short_kind_is_filled_by_the_other_and_a_small_bank_is_drawn_whole():
    start = module("00_start_here")
    items = draw(["00_start_here"], 4, 1)
    assert sum(i.kind == "mcq" for i in items) == 2 and sum(i.kind == "open" for i in items) == 2
    assert len(draw(["00_start_here"], 50, 1)) == len(start.questions) + len(start.interview)


def test_bad_arguments_are_named():
    with pytest.raises(ValueError, match="at least one module"):
        Session([])
    with pytest.raises(ValueError, match="questions must be at least 1"):
        Session(["03_orm"], questions=0)
    with pytest.raises(ValueError, match="minutes"):
        Session(["03_orm"], minutes=0)
    with pytest.raises(LookupError, match="no question bank for module 'nope'"):
        Session(["nope"])


# ---- the session's logic

def test_a_multiple_choice_question_counts_its_first_answer():
    session = Session(["03_orm"], 8, 15, seed=7)
    session.start()
    item = _first(session, "mcq")
    assert session.answer_mcq(("a",), False) == 0.0
    assert session.answer_mcq(item.question.answer, True) == 0.0  # a retry after the feedback does not count
    assert item.answer == "a"


def test_an_open_answer_is_revealed_only_after_writing_or_thinking_it_through():
    session = Session(["03_orm"], 8, 15, seed=7)
    session.start()
    item = _first(session, "open")
    with pytest.raises(RuntimeError, match="write your answer"):
        session.reveal()
    session.write("   ")
    assert not session.can_reveal()
    session.write("A lazy description of a SELECT.")
    assert session.reveal() == item.question.answer
    with pytest.raises(ValueError, match="rate with one of"):
        session.rate("great")
    assert session.rate("partly") == 0.5

    session.next()
    other = _first(session, "open")
    with pytest.raises(RuntimeError, match="reveal"):
        session.rate("nailed")  # no rating before the model answer is seen
    session.think_through()
    assert session.reveal() == other.question.answer


def test_the_result_scores_each_topic_and_names_the_weakest_in_course_order():
    clock = Clock()
    session = Session(["03_orm"], 8, 15, seed=7, clock=clock)
    session.start()
    for n, item in enumerate(session.items):
        clock.now += 60
        if item.kind == "mcq":
            session.answer_mcq(item.question.answer, True)
        elif n % 2:
            session.think_through()
            session.reveal()
            session.rate("missed")
        # an even-numbered open question is skipped: it scores 0
        session.next()
    result = session.result
    assert session.finished and session.current is None
    assert result["questions"] == 8 and result["seconds"] == 480 and result["seed"] == 7
    expected = sum(1.0 for i in session.items if i.kind == "mcq")
    assert result["score"] == expected
    assert sum(t["questions"] for t in result["topics"].values()) == 8
    order = list(ORM.sections)
    assert [t.split(".")[1] for t in result["topics"]] == sorted((t.split(".")[1] for t in result["topics"]), key=order.index)
    assert result["weakest"] and all(result["topics"][t]["points"] < result["topics"][t]["questions"] for t in result["weakest"])
    ratios = [result["topics"][t]["points"] / result["topics"][t]["questions"] for t in result["weakest"]]
    assert ratios == sorted(ratios)
    json.dumps(result)  # it goes into the JSON record as it is


def test_finishing_early_scores_the_rest_zero():
    session = Session(["03_orm"], 8, 15, seed=7)
    session.start()
    result = session.finish()
    assert result["answered"] == 0 and result["score"] == 0 and len(result["items"]) == 8
    assert session.finish() is result


def test_the_clock_counts_down_from_the_minutes_allowed():
    clock = Clock()
    session = Session(["03_orm"], 4, 2, seed=1, clock=clock)
    assert session.remaining() == 120
    session.start()
    clock.now += 150
    assert session.remaining() == -30


# ---- the widget, driven as a student would

@pytest.fixture
def ws(tmp_path, monkeypatch):
    """A student workspace with module 03's released notebook; the kernel runs in notebooks/."""
    root = tmp_path / "workspace"
    (root / "03_orm").mkdir(parents=True)
    (root / "notebooks").mkdir()
    (root / MANIFEST).write_text("{}\n")
    (root / ORM.notebook).write_bytes((ROOT / "release" / ORM.notebook).read_bytes())
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.chdir(root / "notebooks")
    return root


def _play(interview):
    """Answer every question: MCQs right, open questions written and rated 'partly'."""
    interview.start()
    while not interview.session.finished:
        item = interview.session.current
        if item.kind == "mcq":
            widget = interview.question_widget
            widget.choose(*item.question.answer)
            widget.check()
            assert widget._button.disabled  # locked: the first answer counts
        else:
            assert interview._show_button.disabled
            interview.write("My answer.")
            assert not interview._show_button.disabled
            interview.show_answer()
            assert "Model answer:" in interview._model.value
            interview.rate("partly")
        last = interview.session.index == len(interview.session.items) - 1
        assert interview._next.description == ("See the result" if last else "Next question")
        interview.next()


def test_the_widget_runs_an_interview_and_records_the_result(ws):
    interview = MockInterview(["03_orm"], questions=6, minutes=10, seed=7)
    assert repr(interview) == "MockInterview(modules=['03_orm'], questions=6, minutes=10, seed=7)"
    _play(interview)
    opens = sum(i.kind == "open" for i in interview.session.items)
    score = 6 - opens * (1 - RATINGS["partly"])
    assert interview.session.result["score"] == score
    text = interview.result_text
    assert text.startswith(f'<div class="course-interview-result" role="status"><h4>Result: {score:g} of 6')
    weakest = interview.session.result["weakest"][0].split(".")[1]
    anchor = heading_id(next(h for h in _headings(ws) if h.startswith(
        str(list(ORM.sections).index(weakest) + 1) + " · ")))
    assert f'href="../03_orm/03_orm.ipynb#{anchor}"' in text
    assert "Added to your progress record." in text
    (saved,) = json.loads((ws / RECORD).read_text())["interviews"]
    assert saved["score"] == score and saved["seed"] == 7 and saved["modules"] == ["03_orm"]
    assert "03_orm" not in json.loads((ws / RECORD).read_text())["modules"]  # interview answers are not self-checks


def _headings(root):
    nb = nbformat.read(root / ORM.notebook, as_version=4)
    return [m for c in nb.cells if c.cell_type == "markdown" for m in re.findall(r"^## (.+)$", c.source, re.M)]


def test_thinking_it_through_reveals_without_writing(ws):
    interview = MockInterview(["03_orm"], questions=8, minutes=15, seed=7)
    interview.start()
    while interview.session.current.kind != "open":
        interview.next()  # skipped
    interview.think_through()
    assert "Model answer:" in interview._model.value
    assert interview._answer.disabled and interview._rating_row.layout.display is None
    interview.rate("nailed")
    assert interview._rating_buttons["nailed"].button_style == "info"


def test_finish_now_shows_the_result_outside_a_workspace_without_recording(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    interview = MockInterview(["03_orm"], questions=3, minutes=5, seed=2)
    interview.start()
    interview.finish()
    assert "Result: 0 of 3" in interview.result_text and "progress record" not in interview.result_text
    assert not (tmp_path / RECORD).exists()


def test_the_browser_clock_drives_the_time_left():
    interview = MockInterview(["03_orm"], questions=3, minutes=1, seed=2)
    assert interview._time.value == "1:00 left" and interview._bar.max == 60
    interview.start()
    assert interview._play.playing
    interview._play.value = 45  # as the browser's Play widget ticks
    assert interview._time.value == "0:15 left"
    interview._play.value = 60
    assert interview._time.value.startswith("Time is up") and interview._bar.bar_style == "danger"


def test_mock_interview_picks_and_shows_a_seed_and_defaults_to_every_module(monkeypatch):
    shown = []
    monkeypatch.setattr(_quiz, "display", shown.append)
    interview = mock_interview(questions=4)
    assert interview.session.modules == [m.id for m in modules() if m.number]
    assert re.fullmatch(r"MockInterview\(modules=\[.*\], questions=4, minutes=15, seed=\d{4}\)", repr(interview))
    assert mock_interview("03_orm", 2, 5, seed=1).session.modules == ["03_orm"]
    assert shown == []  # no kernel: no stored note


def test_in_a_workspace_kernel_the_interview_stores_a_run_this_cell_note(ws, monkeypatch):
    shown = []
    monkeypatch.setattr(_quiz, "get_ipython", lambda: object())
    monkeypatch.setattr(_quiz, "display", shown.append)
    interview = mock_interview(["03_orm"], 2, 5, seed=1)
    assert "Mock interview: run this cell to start it." in shown[0].data
    assert "course-interview" in interview._dom_classes


# ---- the banks feed the interview; the notebook calls it

@pytest.mark.parametrize("mod", modules(), ids=lambda m: m.id)
def test_every_bank_has_open_questions_with_model_answers(mod):
    assert mod.interview, f"{mod.id}: no [[interview]] questions (the mock interview draws them)"
    for item in mod.interview:
        assert item.id.startswith(f"{mod.id}.interview.") and item.section in mod.sections
        assert item.question.strip().endswith("?") and 40 <= len(item.answer) <= 700


def test_the_mock_interview_notebook_starts_with_the_bootstrap_and_calls_the_helper():
    nb = nbformat.read(ROOT / "notebooks" / "01_mock_interview.ipynb", as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert code[0] == "from helpers import setup; setup()"
    assert any("mock_interview(" in c and "seed=" in c for c in code)


def test_the_new_helpers_load_no_grading_code():
    code = ("import sys, helpers; helpers.mock_interview, helpers.progress, helpers.passed; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in {'grading', 'nbgrader'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "[]\n"
