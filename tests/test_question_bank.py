"""Validate the question banks and drive the MCQ widget as plain Python."""

import csv
from collections import Counter

import pytest

from helpers import quiz
from helpers._bank import modules

from course import ROOT

MODULES = modules()
QUESTIONS = [q for m in MODULES for q in m.questions]


def _inventory():
    """Return {inventory id: module number} from tests/inventory.csv."""
    with open(ROOT / "tests" / "inventory.csv", newline="", encoding="utf-8") as f:
        rows = [row for row in csv.reader(f) if row and not row[0].startswith("#")]
    return {row[0]: row[1] for row in rows[1:]}


INVENTORY = _inventory()


def test_inventory_has_every_id_once():
    assert len(INVENTORY) == 118


def test_question_ids_are_unique_and_name_their_section():
    ids = [q.id for q in QUESTIONS]
    assert len(ids) == len(set(ids)), "duplicate question ids"
    for m in MODULES:
        for q in m.questions:
            assert q.id.startswith(f"{m.id}.{q.section}."), f"{q.id}: id must start with {m.id}.{q.section}."
            assert q.section in m.sections, f"{q.id}: unknown section {q.section!r}"


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_question_is_sound(question):
    assert question.stem.strip(), "empty stem"
    assert len(question.options) >= 3, "at least three options"
    assert question.answer, "no correct option"
    assert len(question.answer) < len(question.options), "every option is correct"
    texts = [o.text for o in question.options]
    assert len(texts) == len(set(texts)), "two options with the same text"
    for option in question.options:
        assert option.why.strip(), f"option {option.key} has no explanation"


@pytest.mark.parametrize("module", [m for m in MODULES if m.number], ids=lambda m: m.id)
def test_neither_length_nor_position_gives_the_answer_away(module):
    """DESIGN.md: the strictly longest option is right in at most a third of a module's questions, and (options
    are shown in bank order) no position holds the right option of more than 40% of its one-answer questions."""
    def strictly_longest(q):
        lengths = sorted((len(o.text), o.key) for o in q.options)
        return lengths[-1][1] if lengths[-1][0] > lengths[-2][0] else None

    cued = [q.id for q in module.questions if strictly_longest(q) in q.answer]
    assert 3 * len(cued) <= len(module.questions), f"the longest option is right in {len(cued)}: {cued}"
    one = [q for q in module.questions if len(q.answer) == 1]
    at = Counter([o.key for o in q.options].index(q.answer[0]) for q in one)
    position, count = at.most_common(1)[0]
    assert count <= 0.4 * len(one), (f"the right option is option {position + 1} in {count} of {len(one)} "
                                      f"one-answer questions: {dict(sorted(at.items()))}")


@pytest.mark.parametrize("module", [m for m in MODULES if m.number], ids=lambda m: m.id)
def test_every_section_has_four_questions_covering_its_module(module):
    for section in module.sections:
        count = sum(q.section == section for q in module.questions)
        assert count >= 4, f"{module.id}.{section}: {count} questions, need at least 4"
    for q in module.questions:
        wrong = [i for i in q.covers if INVENTORY.get(i) != f"{module.number:02d}"]
        assert not wrong, f"{q.id} covers IDs of another module or unknown IDs: {wrong}"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.id)
def test_catalogue_text_fits_a_markdown_table(module):
    assert "|" not in module.title + module.drills


def test_every_seed_mcq_of_an_existing_module_is_asked():
    existing = {f"{m.number:02d}": m for m in MODULES}
    for ident, number in INVENTORY.items():
        if ident.startswith("S3-MCQ") and number in existing:
            seeded = [q for q in existing[number].questions if q.seed == ident]
            assert len(seeded) == 1, f"{ident} must be asked exactly once in module {number}"
            assert ident in seeded[0].covers


# ---- the widget, driven as a student would, from plain Python

def _first_single_answer_quiz():
    for m in MODULES:
        for section in m.sections:
            widget = quiz(f"{m.id}.{section}")
            singles = [q for q in widget.questions if len(q.question.answer) == 1]
            if singles:
                return widget, singles[0]
    raise AssertionError("no single-answer question in any bank")


def test_right_answer_says_correct_with_a_symbol_and_counts():
    widget, question = _first_single_answer_quiz()
    assert widget.score_text == f"Score: 0 of {len(widget.questions)} right."
    right = question.question.answer[0]
    question.choose(right)
    assert question.check() is True
    assert question.feedback.startswith("\N{HEAVY CHECK MARK} Correct.")
    why = next(o.why for o in question.question.options if o.key == right)
    assert why in question.feedback
    assert widget.score == 1
    status = question._status.value
    assert status.startswith('<div role="status"') and "<p>" not in status  # a <p> would end up outside it


def test_wrong_answer_explains_both_and_allows_retry():
    widget, question = _first_single_answer_quiz()
    right = question.question.answer[0]
    wrong = next(o for o in question.question.options if not o.correct)
    question.choose(wrong.key)
    assert question.check() is False
    assert question.feedback.startswith("\N{HEAVY BALLOT X} Not quite: the answer is " + right + ".")
    assert wrong.why in question.feedback
    assert next(o.why for o in question.question.options if o.key == right) in question.feedback
    assert widget.score == 0
    question.choose(right)
    assert question.check() is True
    assert widget.score == 1


def test_option_labels_are_plain_text():
    widget, question = _first_single_answer_quiz()
    for label in question._inputs[0].options:
        assert "`" not in label


def test_check_without_a_choice_asks_for_one():
    _, question = _first_single_answer_quiz()
    assert question.check() is None
    assert question.feedback == "Choose an option first, then press Check."


def test_pressing_the_button_checks():
    _, question = _first_single_answer_quiz()
    question.choose(question.question.answer[0])
    question._button.click()
    assert question.correct is True


def test_multi_answer_question_needs_every_right_option():
    multi = next((q for q in QUESTIONS if len(q.answer) > 1), None)
    if multi is None:
        pytest.skip("no multi-answer question in the banks")
    module_id, section, _ = multi.id.split(".")
    widget = next(w for w in quiz(f"{module_id}.{section}").questions if w.question.id == multi.id)
    widget.choose(multi.answer[0])
    assert widget.check() is False
    widget.choose(*multi.answer)
    assert widget.check() is True


def test_choose_rejects_unknown_keys():
    _, question = _first_single_answer_quiz()
    with pytest.raises(ValueError, match="choose one of"):
        question.choose("z")


def test_option_order_is_stable():
    widget, question = _first_single_answer_quiz()
    again = quiz(widget.section_id)
    assert [q.question for q in again.questions] == [q.question for q in widget.questions]
    assert repr(again) == repr(widget)


def test_unknown_section_is_named():
    with pytest.raises(LookupError, match="has no section 'nope'"):
        quiz(f"{MODULES[-1].id}.nope")


def test_no_widget_is_built_when_nbgrader_runs_the_notebook(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    section = next(iter(MODULES[-1].sections))
    note = quiz(f"{MODULES[-1].id}.{section}")
    assert "not graded" in note.data and MODULES[-1].sections[section] in note.data


# ---- the recap's interview questions

@pytest.mark.parametrize("module", [m for m in MODULES if m.number], ids=lambda m: m.id)
def test_every_module_has_interview_questions_with_short_model_answers(module):
    assert module.interview, f"{module.id}: no [[interview]] questions in its bank (the recap lists them)"
    ids = [i.id for i in module.interview]
    assert len(ids) == len(set(ids)), f"{module.id}: duplicate interview ids"
    for item in module.interview:
        assert item.id.startswith(f"{module.id}.interview."), f"{item.id}: id must start with {module.id}.interview."
        assert item.section in module.sections, f"{item.id}: unknown section {item.section!r}"
        assert item.question.strip().endswith("?"), f"{item.id}: the question must be a question"
        assert 40 <= len(item.answer) <= 700, f"{item.id}: a model answer is a few sentences ({len(item.answer)} chars)"
