"""Self-check multiple-choice questions as ipywidgets, drivable from plain Python."""

import html
import os

import ipywidgets as widgets
from IPython.display import Markdown

from ._bank import module
from ._text import inline as _inline

_RIGHT = "\N{HEAVY CHECK MARK}"
_WRONG = "\N{HEAVY BALLOT X}"
def _label(text):
    """Return option text for a plain-text radio or checkbox label (no Markdown backticks)."""
    return text.replace("`", "")


# Long option labels wrap instead of being cut off; feedback reads as one block.
_CSS = (
    "<style>.course-quiz .widget-radio-box label, .course-quiz .widget-checkbox label"
    "{white-space: normal; height: auto; line-height: 1.4; width: auto}"
    ".course-quiz .widget-checkbox {width: auto}"
    ".course-quiz .course-right {color: #1a7f37} .course-quiz .course-wrong {color: #b3261e}</style>"
)


def _section(section_id):
    """Return (module, section key) of an id like '03_orm.laziness', naming the sections if it is unknown."""
    module_id, _, section = section_id.partition(".")
    mod = module(module_id)
    if section not in mod.sections:
        raise LookupError(f"module {module_id!r} has no section {section!r}; sections: {list(mod.sections)}")
    return mod, section


class QuestionWidget(widgets.VBox):
    """One question: its options, a Check button and a status line with the explanation."""

    def __init__(self, question, on_check=None):
        self.question = question
        self._on_check = on_check
        self.correct = None
        self.feedback = ""
        labels = [f"{o.key}) {_label(o.text)}" for o in question.options]
        self._multi = len(question.answer) > 1
        if self._multi:
            self._inputs = [widgets.Checkbox(value=False, description=label, indent=False) for label in labels]
            choices = widgets.VBox(self._inputs)
        else:
            self._inputs = [widgets.RadioButtons(options=labels, value=None, layout={"width": "auto"})]
            choices = self._inputs[0]
        self._button = widgets.Button(description="Check", tooltip="Check your answer", icon="check")
        self._button.on_click(lambda _: self.check())
        self._status = widgets.HTML('<div role="status"></div>')
        hint = "Choose every option that applies." if self._multi else "Choose one option."
        hint = "" if hint.rstrip(".") in question.stem else hint
        stem = widgets.HTMLMath(f"<b>{_inline(question.stem)}</b> <i>{hint}</i>")
        super().__init__([stem, choices, self._button, self._status])

    def __repr__(self):
        return f"QuestionWidget({self.question.id!r})"

    def choose(self, *keys):
        """Select the options with these keys ('a', 'b', ...), as a click would."""
        known = [o.key for o in self.question.options]
        unknown = [k for k in keys if k not in known]
        if unknown or (not self._multi and len(keys) != 1):
            raise ValueError(f"choose one of {known}" if not self._multi else f"choose keys from {known}")
        if self._multi:
            for option, box in zip(self.question.options, self._inputs):
                box.value = option.key in keys
        else:
            self._inputs[0].index = known.index(keys[0])

    def chosen(self):
        """Return the keys of the selected options."""
        if self._multi:
            return tuple(o.key for o, box in zip(self.question.options, self._inputs) if box.value)
        index = self._inputs[0].index
        return () if index is None else (self.question.options[index].key,)

    def check(self):
        """Mark the current choice, show the feedback and return whether it is right."""
        chosen = self.chosen()
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
        if self._on_check is not None:
            self._on_check()
        return self.correct


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
    """
    if os.environ.get("NBGRADER_EXECUTION"):
        mod, section = _section(section_id)
        title = mod.sections[section]
        return Markdown(f"*Self-check: {title}. These questions are not graded; answer them in the notebook.*")
    return Quiz(section_id)
