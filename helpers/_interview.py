"""A mock interview: a seeded draw of self-check and open interview questions, one at a time, against a clock.

``Session`` holds the logic as plain Python (draw, answer, reveal, rate, score per topic); ``MockInterview``
is its widget, and ``mock_interview()`` builds one. Open questions come from the banks' ``[[interview]]``
entries, so the interview grows with the course.
"""

import html
import random
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import ipywidgets as widgets

from . import _bank, _progress
from ._bank import module
from ._quiz import _CSS, QuestionWidget, _show_stale_note
from ._text import inline

# A self-rating of an open answer and the points it gives.
RATINGS = {"missed": 0.0, "partly": 0.5, "nailed": 1.0}
_RATING_LABELS = {"missed": "\N{HEAVY BALLOT X} Missed it", "partly": "\N{CIRCLE WITH LEFT HALF BLACK} Partly",
                  "nailed": "\N{HEAVY CHECK MARK} Nailed it"}
_WEAKEST = 3  # topics named at the end


@dataclass
class Item:
    """One drawn question and what happened to it: ``points`` stays None until it is answered or rated."""

    kind: str  # "mcq" (a self-check question) or "open" (an [[interview]] question)
    module: object
    question: object
    points: float = None
    answer: str = ""  # the text written, or the keys chosen
    rating: str = ""
    revealed: bool = False
    thought_through: bool = False

    @property
    def topic(self):
        """Return the topic: the module section, as 'module.section'."""
        return f"{self.module.id}.{self.question.section}"

    @property
    def prompt(self):
        """Return the question's text (Markdown)."""
        return self.question.stem if self.kind == "mcq" else self.question.question


def draw(module_ids, count, seed):
    """Return count questions of these modules, about half of them open, in an order seeded by seed.

    The same modules, count and seed always give the same questions in the same order. When a kind runs
    short the other fills in; when the modules hold fewer than count questions, every one is drawn.
    """
    mods = [module(m) for m in module_ids]
    mcqs = [Item("mcq", m, q) for m in mods for q in m.questions]
    opens = [Item("open", m, i) for m in mods for i in m.interview]
    n_open = min(len(opens), count // 2)
    n_mcq = min(len(mcqs), count - n_open)
    n_open = min(len(opens), count - n_mcq)
    rng = random.Random(seed)
    items = rng.sample(opens, n_open) + rng.sample(mcqs, n_mcq)
    rng.shuffle(items)
    return items


def _course_order(item):
    """Return a sort key that puts an item's topic in course order: module number, then section."""
    return item.module.number, list(item.module.sections).index(item.question.section)


def _clock_text(seconds):
    """Return seconds as 'm:ss'."""
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"


class Session:
    """The logic of a mock interview, without widgets: draw, answer, reveal, rate, move on, score.

    ``clock`` returns seconds (``time.monotonic`` by default; tests pass their own).
    """

    def __init__(self, modules, questions=8, minutes=15, seed=0, clock=time.monotonic):
        if not modules:
            raise ValueError("choose at least one module, e.g. modules=['03_orm']")
        if questions < 1:
            raise ValueError("questions must be at least 1")
        if minutes <= 0:
            raise ValueError("minutes must be more than 0")
        self.modules = list(modules)
        self.requested = questions
        self.minutes = minutes
        self.seed = seed
        self.items = draw(self.modules, questions, seed)
        if not self.items:
            raise LookupError(f"modules {self.modules} have no questions to draw")
        self._clock = clock
        self.index = -1  # -1: not started; len(items): finished
        self.started = self.ended = None
        self.result = None

    # -- where the interview is

    @property
    def current(self):
        """Return the item being asked, or None before the start and after the end."""
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    @property
    def finished(self):
        """Return whether the interview has ended."""
        return self.result is not None

    def elapsed(self):
        """Return the seconds since the start (until the end once finished)."""
        if self.started is None:
            return 0.0
        return (self.ended if self.ended is not None else self._clock()) - self.started

    def remaining(self):
        """Return the seconds left of the time allowed (negative when over time)."""
        return self.minutes * 60 - self.elapsed()

    def start(self):
        """Start the clock and ask the first question."""
        if self.started is None:
            self.started = self._clock()
            self.index = 0
        return self.current

    def _item(self, kind):
        """Return the current item, checking that it is of this kind."""
        item = self.current
        if item is None:
            raise RuntimeError("no question is being asked: start() the interview first" if self.index < 0
                               else "the interview is over")
        if item.kind != kind:
            raise RuntimeError(f"the current question is {'a multiple-choice' if item.kind == 'mcq' else 'an open'} one")
        return item

    # -- answering

    def answer_mcq(self, chosen, correct):
        """Score the current multiple-choice question: the first answer counts (1 point when right)."""
        item = self._item("mcq")
        if item.points is None:
            item.answer = "".join(chosen)
            item.points = 1.0 if correct else 0.0
        return item.points

    def write(self, text):
        """Keep the text written for the current open question."""
        self._item("open").answer = text

    def think_through(self):
        """Say that the answer was thought through (or said aloud) without writing it."""
        self._item("open").thought_through = True

    def can_reveal(self):
        """Return whether the current open question's model answer may be shown."""
        item = self.current
        return item is not None and item.kind == "open" and bool(item.answer.strip() or item.thought_through)

    def reveal(self):
        """Return the model answer of the current open question, once something was written or thought through."""
        item = self._item("open")
        if not self.can_reveal():
            raise RuntimeError("write your answer, or press \"I've thought it through\", before the model answer")
        item.revealed = True
        return item.question.answer

    def rate(self, rating):
        """Rate your own answer to the current open question: 'missed', 'partly' or 'nailed'."""
        item = self._item("open")
        if rating not in RATINGS:
            raise ValueError(f"rate with one of {list(RATINGS)}")
        if not item.revealed:
            raise RuntimeError("compare with the model answer first: reveal() it")
        item.rating = rating
        item.points = RATINGS[rating]
        return item.points

    def next(self):
        """Move to the next question (an unanswered one scores 0) and return it; after the last, finish."""
        if self.index < 0:
            return self.start()
        if self.finished:
            return None
        self.index += 1
        if self.index >= len(self.items):
            self.finish()
            return None
        return self.current

    # -- the end

    def finish(self):
        """End the interview (questions not answered score 0) and return the result."""
        if self.result is not None:
            return self.result
        if self.started is None:
            self.started = self._clock()
        self.ended = self._clock()
        self.index = len(self.items)
        topics = {}
        for item in sorted(self.items, key=_course_order):
            points, count = topics.get(item.topic, (0.0, 0))
            topics[item.topic] = (points + (item.points or 0.0), count + 1)
        order = list(topics)  # course order: module, then section
        ranked = sorted((p / n, order.index(t), t) for t, (p, n) in topics.items() if p < n)
        self.result = {
            "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "seed": self.seed,
            "modules": self.modules,
            "minutes": self.minutes,
            "seconds": round(self.elapsed()),
            "questions": len(self.items),
            "answered": sum(item.points is not None for item in self.items),
            "score": sum(item.points or 0.0 for item in self.items),
            "topics": {t: {"points": p, "questions": n} for t, (p, n) in topics.items()},
            "weakest": [t for _, _, t in ranked[:_WEAKEST]],
            "items": [{"id": i.question.id, "kind": i.kind, "points": i.points} for i in self.items],
        }
        return self.result


def result_html(session, root=None):
    """Return the result of a finished session as HTML: the score, a row per topic, the weakest topics."""
    r = session.result
    over = r["seconds"] - r["minutes"] * 60
    timing = (f"in {_clock_text(r['seconds'])} of {_clock_text(r['minutes'] * 60)}" if over <= 0
              else f"in {_clock_text(r['seconds'])}, {_clock_text(over)} over the {_clock_text(r['minutes'] * 60)} allowed")
    rows = "".join(
        f"<tr><td>{_progress.topic_link(t, root)}</td><td>{v['questions']}</td><td>{v['points']:g} of {v['questions']}</td></tr>"
        for t, v in r["topics"].items()
    )
    weakest = "".join(f"<li>{_progress.topic_link(t, root)}</li>" for t in r["weakest"])
    advice = (f"<p>Your weakest topics; read their sections again:</p><ol>{weakest}</ol>" if weakest
              else "<p>\N{HEAVY CHECK MARK} Every topic answered in full.</p>")
    saved = ("<p><small>Added to your progress record.</small></p>" if root is not None else "")
    return (
        f'<div class="course-interview-result" role="status"><h4>Result: {r["score"]:g} of {r["questions"]}'
        f" ({100 * r['score'] / r['questions']:.0f}%), {r['answered']} answered, {timing}</h4>"
        f"<table><tr><th>Topic</th><th>Questions</th><th>Score</th></tr>{rows}</table>{advice}"
        f"<p>Seed {r['seed']}: run the cell again with <code>seed={r['seed']}</code> for the same questions.</p>"
        f"{saved}</div>"
    )


class MockInterview(widgets.VBox):
    """The mock interview widget: a start screen, one question at a time, a clock, and the result."""

    def __init__(self, modules, questions=8, minutes=15, seed=0, clock=time.monotonic):
        self.session = Session(modules, questions, minutes, seed, clock=clock)
        self._recorded = False
        titles = ", ".join(f"{module(m).number:02d} · {module(m).title}" for m in self.session.modules)
        count = len(self.session.items)
        short = "" if count == questions else f" (these modules hold only {count})"
        self._intro = widgets.HTML(
            f"<h4>Mock interview: {count} questions{short} from {html.escape(titles)}, {minutes} minutes</h4>"
            "<p>One question at a time. Multiple-choice questions count your first answer. For an open question, "
            "write your answer (or say it aloud), then compare it with the model answer and rate yourself. "
            f"Seed {seed}: the same seed draws the same questions.</p>"
        )
        seconds = int(minutes * 60)
        # The countdown runs in the browser: Play ticks once a second and drives the bar, no kernel thread.
        self._play = widgets.Play(value=0, min=0, max=seconds, step=1, interval=1000, playing=False,
                                  layout={"display": "none"})
        self._bar = widgets.IntProgress(value=0, min=0, max=seconds, description="Time",
                                        layout={"width": "50%"})
        widgets.jslink((self._play, "value"), (self._bar, "value"))
        self._time = widgets.Label(f"{_clock_text(seconds)} left")
        self._play.observe(self._tick, names="value")
        self._position = widgets.HTML()
        self._body = widgets.VBox()
        self._start = widgets.Button(description="Start", button_style="primary", icon="play",
                                     tooltip="Start the clock and show the first question")
        self._next = widgets.Button(description="Skip", icon="forward", tooltip="Go to the next question")
        self._finish = widgets.Button(description="Finish now", icon="stop", tooltip="End the interview here")
        self._start.on_click(lambda _: self.start())
        self._next.on_click(lambda _: self.next())
        self._finish.on_click(lambda _: self.finish())
        self._next.layout.display = self._finish.layout.display = "none"
        self._result = widgets.HTML()
        clock_row = widgets.HBox([self._play, self._bar, self._time])
        buttons = widgets.HBox([self._start, self._next, self._finish])
        super().__init__([widgets.HTML(_CSS), self._intro, clock_row, self._position, self._body, buttons,
                          self._result])
        self.add_class("course-interview")

    def __repr__(self):
        s = self.session
        return f"MockInterview(modules={s.modules!r}, questions={len(s.items)}, minutes={s.minutes}, seed={s.seed})"

    # -- what a student does (each also runs when its button is pressed)

    def start(self):
        """Start the clock and show the first question."""
        self.session.start()
        self._play.playing = True
        self._start.layout.display = "none"
        self._next.layout.display = self._finish.layout.display = None
        self._show()

    def next(self):
        """Show the next question, or the result after the last one."""
        self.session.next()
        if self.session.finished:
            self.finish()
        else:
            self._show()

    def finish(self):
        """End the interview, show the result and add it to the progress record."""
        result = self.session.finish()
        self._play.playing = False
        self._body.children = ()
        self._position.value = ""
        self._next.layout.display = self._finish.layout.display = "none"
        self._time.value = "Finished"
        root = _progress.workspace()
        if not self._recorded:
            self._recorded = True
            if root is not None:
                _progress.record_interview(result)
        self._result.value = result_html(self.session, root)
        return result

    def write(self, text):
        """Type text into the current open question's answer box."""
        self._answer.value = text

    def think_through(self):
        """Press "I've thought it through" on the current open question."""
        self.session.think_through()
        self._reveal()

    def show_answer(self):
        """Press "Show the model answer" (after writing one)."""
        self._reveal()

    def rate(self, rating):
        """Rate your answer to the current open question: 'missed', 'partly' or 'nailed'."""
        self.session.rate(rating)
        for name, button in self._rating_buttons.items():
            button.button_style = "info" if name == rating else ""
            button.disabled = True
        self._answered()

    @property
    def question_widget(self):
        """Return the current multiple-choice question's widget (choose() and check() it), or None."""
        return getattr(self, "_mcq", None) if self.session.current and self.session.current.kind == "mcq" else None

    @property
    def result_text(self):
        """Return the result shown at the end, as HTML ('' before the end)."""
        return self._result.value

    # -- drawing

    def _tick(self, change):
        """Update the time left as the browser's clock ticks (and say when it is up)."""
        left = self._play.max - change["new"]
        if self.session.finished:
            return
        self._time.value = "Time is up: finish your answer" if left <= 0 else f"{_clock_text(left)} left"
        if left <= 0:
            self._bar.bar_style = "danger"

    def _answered(self):
        """Let the student move on once the current question has its points."""
        last = self.session.index == len(self.session.items) - 1
        self._next.description = "See the result" if last else "Next question"
        self._next.button_style = "primary"

    def _show(self):
        """Show the current question."""
        item = self.session.current
        s = self.session
        mod = item.module
        self._position.value = (
            f"<b>Question {s.index + 1} of {len(s.items)}</b> · {mod.number:02d} {html.escape(mod.title)} · "
            f"{html.escape(mod.sections.get(item.question.section, item.question.section))}"
        )
        self._next.description = "Skip"
        self._next.button_style = ""
        if item.kind == "mcq":
            self._mcq = QuestionWidget(item.question, on_check=self._checked, record=False)
            self._body.children = (self._mcq,)
        else:
            self._mcq = None
            self._answer = widgets.Textarea(
                placeholder="Write your answer here, as you would say it in the interview.",
                layout={"width": "100%", "height": "8em"})
            self._show_button = widgets.Button(description="Show the model answer", disabled=True,
                                               tooltip="Compare your answer with a short model answer")
            self._thought = widgets.Button(description="I've thought it through",
                                           tooltip="Show the model answer without writing yours")
            self._model = widgets.HTML()
            self._rating_buttons = {name: widgets.Button(description=label, tooltip=f"Rate your answer: {name}")
                                    for name, label in _RATING_LABELS.items()}
            self._rating_row = widgets.HBox(list(self._rating_buttons.values()), layout={"display": "none"})
            self._answer.observe(self._typed, names="value")
            self._show_button.on_click(lambda _: self.show_answer())
            self._thought.on_click(lambda _: self.think_through())
            for name, button in self._rating_buttons.items():
                button.on_click(lambda _, name=name: self.rate(name))
            self._body.children = (
                widgets.HTMLMath(f"<b>{inline(item.prompt)}</b>"),
                self._answer,
                widgets.HBox([self._show_button, self._thought]),
                self._model,
                self._rating_row,
            )

    def _typed(self, change):
        """Keep the answer and enable "Show the model answer" once something is written."""
        self.session.write(change["new"])
        self._show_button.disabled = not change["new"].strip()

    def _reveal(self):
        """Show the model answer and the self-rating buttons."""
        answer = self.session.reveal()
        self._answer.disabled = self._show_button.disabled = self._thought.disabled = True
        self._model.value = (f'<div class="course-model-answer" role="status"><b>Model answer:</b> '
                             f"{inline(answer)}</div><p>How did your answer compare?</p>")
        self._rating_row.layout.display = None

    def _checked(self):
        """Score a multiple-choice question on its first check and lock it."""
        widget = self._mcq
        if widget.correct is None:
            return  # Check without a choice: the widget asks for one
        self.session.answer_mcq(widget.chosen(), widget.correct)
        widget.lock()
        self._answered()


def mock_interview(modules=None, questions=8, minutes=15, seed=None):
    """Return a mock interview of questions drawn from modules (default: every module) to answer in minutes.

    e.g. ``mock_interview(modules=["03_orm"], questions=8, minutes=15, seed=7)``. The same seed draws the
    same questions; without one a seed is picked and shown, so the interview can be repeated. At the end
    it shows a score per topic and the weakest topics, and adds the result to your progress record.
    """
    if modules is None:
        modules = [m.id for m in _bank.modules() if m.number]
    elif isinstance(modules, str):
        modules = [modules]
    if seed is None:
        seed = random.SystemRandom().randrange(1000, 10000)
    widget = MockInterview(modules, questions, minutes, seed)
    _show_stale_note("Mock interview: run this cell to start it.")
    return widget

