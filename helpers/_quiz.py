"""Self-check multiple-choice questions as ipywidgets, drivable from plain Python."""

import html
import os

import ipywidgets as widgets
from IPython import get_ipython
from IPython.display import Markdown, display

from . import _progress
from ._bank import module
from ._text import inline as _inline
from ._text import plain as _plain

_RIGHT = "\N{HEAVY CHECK MARK}"
_WRONG = "\N{HEAVY BALLOT X}"


# A question's texts (its options beside their controls, the feedback) are HTML widgets, whose content
# ipywidgets sets to the line height of a control (28px): here they get the line spacing of text, and
# long options wrap beside their control, its first line level with it.
_CSS = (
    "<style>.course-question .widget-html-content {line-height: 1.4}"
    ".course-question .course-option {align-items: flex-start}"
    ".course-question .course-option .widget-html-content {padding: 0 0 0 4px; white-space: normal}"
    ".course-question .course-option .widget-checkbox {height: auto}"
    ".course-question .course-option .widget-checkbox span {white-space: normal; line-height: 1.4}"
    ".course-question .course-option .widget-radio-box {flex-shrink: 0}"
    # A radio button's label holds the option's whole text as plain text, which a screen reader reads; the
    # text is shown (and clickable) as HTML beside it instead, which screen readers skip (aria-hidden).
    ".course-question .course-option .widget-radio-box label {font-size: 0}"
    ".course-quiz .course-right, .course-interview .course-right {color: #1a7f37}"
    ".course-quiz .course-wrong, .course-interview .course-wrong {color: #b3261e}"
    # The note stored before a widget (stale_note) is for a saved notebook whose widgets are gone;
    # once the widget in the same output area is live, this rule hides it.
    ".jp-OutputArea:has(.course-quiz) .course-stale, .jp-OutputArea:has(.course-interview) .course-stale"
    "{display: none}</style>"
)


def stale_note(text):
    """Return the one-line note shown before a widget, which only a saved notebook without the widget shows.

    JupyterLab draws "Error displaying widget: model not found" for a stored widget whose kernel is gone and
    does not fall back to its text; this HTML output, stored just before the widget, says what to do instead.
    The live widget's CSS hides it (the sanitizer of untrusted outputs keeps the class attribute).
    """
    return _Note(text)


class _Note:
    """A one-line note: HTML for JupyterLab, the same words as text elsewhere."""

    def __init__(self, text):
        self.text = text
        self.data = f'<p class="course-stale"><i>{html.escape(text)}</i></p>'

    def __repr__(self):
        return self.text

    def _repr_html_(self):
        return self.data


def _show_stale_note(text):
    """Display stale_note(text) in a student's workspace kernel (a course check of stored outputs has none)."""
    if get_ipython() is not None and _progress.workspace() is not None:
        display(stale_note(text))


def _section(section_id):
    """Return (module, section key) of an id like '03_orm.laziness', naming the sections if it is unknown."""
    module_id, _, section = section_id.partition(".")
    mod = module(module_id)
    if section not in mod.sections:
        raise LookupError(f"module {module_id!r} has no section {section!r}; sections: {list(mod.sections)}")
    return mod, section


class QuestionWidget(widgets.VBox):
    """One question: its options, a Check button and a status line with the explanation.

    Each option is a control: a checkbox when several apply, whose label is the option's text as HTML (code
    reads as code); for a question with one answer, a radio button whose label is the text as plain text
    (what a screen reader reads), shown formatted beside it instead.
    """

    def __init__(self, question, on_check=None, record=True):
        self.question = question
        self._on_check = on_check
        self._record = record
        self.correct = None
        self.feedback = ""
        self._multi = len(question.answer) > 1
        self._inputs = [self._control(option) for option in question.options]
        rows = []
        for option, control in zip(question.options, self._inputs):
            row = widgets.HBox([control] if self._multi else [control, widgets.HTML(
                f'<span aria-hidden="true">{option.key}) {_inline(option.text)}</span>')])
            row.add_class("course-option")
            rows.append(row)
        self._button = widgets.Button(description="Check", tooltip="Check your answer", icon="check")
        self._button.on_click(lambda _: self.check())
        self._status = widgets.HTML('<div role="status"></div>')
        hint = "Choose every option that applies." if self._multi else "Choose one option."
        hint = "" if hint.rstrip(".") in question.stem else hint
        stem = widgets.HTMLMath(f"<b>{_inline(question.stem)}</b> <i>{hint}</i>")
        super().__init__([stem, widgets.VBox(rows), self._button, self._status])
        self.add_class("course-question")

    def _control(self, option):
        """Return an option's control: a checkbox, or a one-option radio button that clears the others."""
        if self._multi:
            return widgets.Checkbox(value=False, description=f"{option.key}) {_inline(option.text)}",
                                    description_allow_html=True, indent=False, layout={"width": "auto"})
        control = widgets.RadioButtons(options=[f"{option.key}) {_plain(option.text)}"], value=None,
                                       layout={"width": "auto"})
        control.observe(self._only_one, names="index")
        return control

    def _only_one(self, change):
        """Clear the other radio buttons when one is chosen: the options of a one-answer question exclude each other."""
        if change["new"] is not None:
            for control in self._inputs:
                if control is not change["owner"]:
                    control.index = None

    def __repr__(self):
        return f"QuestionWidget({self.question.id!r})"

    def choose(self, *keys):
        """Select the options with these keys ('a', 'b', ...), as a click would."""
        known = [o.key for o in self.question.options]
        unknown = [k for k in keys if k not in known]
        if unknown or (not self._multi and len(keys) != 1):
            raise ValueError(f"choose one of {known}" if not self._multi else f"choose keys from {known}")
        for option, control in zip(self.question.options, self._inputs):
            if self._multi:
                control.value = option.key in keys
            else:
                control.index = 0 if option.key in keys else None

    def chosen(self):
        """Return the keys of the selected options."""
        if self._multi:
            return tuple(o.key for o, box in zip(self.question.options, self._inputs) if box.value)
        return tuple(o.key for o, radio in zip(self.question.options, self._inputs) if radio.index is not None)

    def check(self):
        """Mark the current choice, show the feedback, record the answer and return whether it is right.

        The answer goes to the progress record of the student's workspace (not graded), so a quiz built
        after a kernel restart shows it again.
        """
        chosen = self.chosen()
        self._mark(chosen)
        if chosen and self._record:
            _progress.record_answer(self.question.id, chosen, self.correct)
        if self._on_check is not None:
            self._on_check()
        return self.correct

    def restore(self, chosen):
        """Select chosen keys and show their feedback, as after check(), without recording them again.

        Return whether they are right, or None when they no longer fit the question (its bank changed).
        """
        try:
            self.choose(*chosen)
        except ValueError:
            return None
        self._mark(self.chosen())
        return self.correct

    def lock(self):
        """Disable the options and the Check button (a mock interview counts the first answer)."""
        for box in self._inputs:
            box.disabled = True
        self._button.disabled = True

    def _mark(self, chosen):
        """Set correct, feedback and the status line for chosen keys."""
        options = {o.key: o for o in self.question.options}
        if not chosen:
            self.correct = None
            self.feedback = "Choose an option first, then press Check."
        else:
            self.correct = chosen == self.question.answer
            if self.correct:
                self.feedback = f"{_RIGHT} Correct. " + " ".join(f"{k}) {options[k].why}" for k in chosen)
            else:
                answer = " and ".join(self.question.answer)
                said = [f"{k}) {options[k].why}" for k in chosen]
                said += [f"{k}) {options[k].why}" for k in self.question.answer if k not in chosen]
                self.feedback = f"{_WRONG} Not quite: the answer is {answer}. " + " ".join(said) + " Try again if you like."
        css = "course-right" if self.correct else "course-wrong" if self.correct is False else ""
        self._status.value = f'<div role="status" class="{css}">{_inline(self.feedback)}</div>'


class Quiz(widgets.VBox):
    """The self-check questions of one section, with a running score. The score is not graded."""

    def __init__(self, section_id):
        mod, section = _section(section_id)
        self.section_id = section_id
        self.questions = [
            QuestionWidget(q, on_check=self._update_score) for q in mod.questions if q.section == section
        ]
        self._score = widgets.HTML()
        title = widgets.HTML(f"<h4>Self-check: {html.escape(mod.sections[section])}</h4>")
        saved = _progress.saved_answers(mod.id)
        for widget in self.questions:
            if widget.question.id in saved:
                widget.restore(saved[widget.question.id])
        self._update_score()
        super().__init__([widgets.HTML(_CSS), title, *self.questions, self._score])
        self.add_class("course-quiz")

    def __repr__(self):
        return f"Quiz({self.section_id!r}, {len(self.questions)} questions)"

    @property
    def score(self):
        """Return how many questions were last checked right."""
        return sum(1 for q in self.questions if q.correct)

    @property
    def score_text(self):
        """Return the score line, e.g. 'Score: 2 of 4 right.'"""
        return f"Score: {self.score} of {len(self.questions)} right."

    def _update_score(self):
        """Refresh the score line."""
        self._score.value = f'<div role="status">{html.escape(self.score_text)}</div>'


def quiz(section_id):
    """Return the self-check questions of a section, e.g. quiz('03_orm.laziness').

    When nbgrader runs the notebook (autograde, validate) no widget is built: their
    answers are never graded, and feedback shows this note instead of a dead widget.
    In a student's workspace, the questions show the answers last checked (kept in the
    progress record), and a one-line note before them tells a saved notebook's reader to
    run the cell when the widget cannot be shown.
    """
    if os.environ.get("NBGRADER_EXECUTION"):
        mod, section = _section(section_id)
        title = mod.sections[section]
        return Markdown(f"*Self-check: {title}. These questions are not graded; answer them in the notebook.*")
    widget = Quiz(section_id)
    _show_stale_note("Self-check questions: run this cell to show them.")
    return widget
