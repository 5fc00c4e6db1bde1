"""A student's progress, recorded in their workspace and shown by ``progress()``; grading never reads it.

The record is ``.course-progress.json`` in the workspace that ``make lab`` opens (the folder that holds the
course manifest, found by walking up from the kernel's working directory; git ignores it). It holds, per
module, the exercises whose visible checks passed and the last answer to each self-check question, with
the time, and the results of mock interviews::

    {"version": 1,
     "modules": {"03_orm": {"exercises": {"Exercise 1.1": {"at": "2026-01-05T10:12:00+00:00"}},
                            "questions": {"03_orm.orm.manager": {"chosen": ["b"], "correct": true,
                                                                 "at": "2026-01-05T10:14:09+00:00"}}}},
     "interviews": [{"at": "...", "seed": 7, "modules": ["03_orm"], "score": 5.5, ...}]}

Outside a workspace (``source/`` under nbval, an nbgrader run, ``autograded/``) and whenever
``NBGRADER_EXECUTION`` is set, nothing is recorded and nothing is read. Writes replace the file atomically
(a temp file, then ``os.replace``) under a lock, so two notebooks saving at once lose nothing; a file that
cannot be read is kept as a backup and the record starts afresh.
"""

import html
import json
import os
import re
import tempfile
import warnings
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from ._bank import module, modules
from ._text import inline

# The file `make lab` (tools/workspace.py) writes at the top of the student's workspace.
MANIFEST = ".course-manifest.json"

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; writes stay atomic
    fcntl = None

RECORD = ".course-progress.json"
VERSION = 1
_state = {"warned": False}

_SECTION = re.compile(r"^##\s+(?!#)(.+?)\s*$", re.MULTILINE)
_EXERCISE = re.compile(r"^###\s+(Exercise\s+\d+(?:\.\d+)*)", re.MULTILINE)
_QUIZ = re.compile(r"""quiz\(\s*["']([\w]+)\.(\w+)["']\s*\)""")


# ---- where the record lives ---------------------------------------------------------------------------

def workspace(start=None):
    """Return the student workspace that holds start (default: the working directory), or None.

    None outside a workspace and whenever nbgrader runs the notebook (``NBGRADER_EXECUTION``).
    """
    if os.environ.get("NBGRADER_EXECUTION"):
        return None
    here = Path(start if start is not None else Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / MANIFEST).is_file():
            return folder
    return None


def _now():
    """Return the time now, in UTC, as ISO 8601 to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _fresh():
    """Return an empty record."""
    return {"version": VERSION, "modules": {}, "interviews": []}


def _valid(data):
    """Return whether data has the shape of a record this version can use."""
    return (
        isinstance(data, dict)
        and data.get("version") == VERSION
        and isinstance(data.get("modules"), dict)
        and all(isinstance(m, dict) for m in data["modules"].values())
        and isinstance(data.get("interviews"), list)
    )


def _read(root):
    """Return the record in root; a missing file gives an empty one, an unreadable one is backed up first."""
    path = root / RECORD
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _fresh()
    except (OSError, ValueError):
        data = None
    if _valid(data):
        return data
    backup = path.with_name(f"{RECORD}.unreadable-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}")
    try:
        os.replace(path, backup)
    except OSError:
        pass  # another kernel moved it first; the record starts afresh either way
    warnings.warn(f"Your progress record could not be read; it was kept as {backup.name} and a new one started.",
                  stacklevel=3)
    return _fresh()


def _write(root, data):
    """Replace the record in root atomically: a temp file in the same folder, then os.replace."""
    fd, tmp = tempfile.mkstemp(dir=root, prefix=f"{RECORD}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, sort_keys=True)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, root / RECORD)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _locked(root):
    """Hold the workspace's progress lock (two notebooks may record at the same moment)."""
    if fcntl is None:
        yield
        return
    with open(root / f"{RECORD}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _update(change):
    """Apply change(record) to the workspace's record and save it; do nothing outside a workspace.

    Recording never breaks a student's cell: a file system error is reported once per kernel, as a warning.
    """
    root = workspace()
    if root is None:
        return False
    try:
        with _locked(root):
            data = _read(root)
            change(data)
            _write(root, data)
    except OSError as exc:
        if not _state["warned"]:
            _state["warned"] = True
            warnings.warn(f"Your progress could not be saved ({exc}); your answers still count here.", stacklevel=3)
        return False
    return True


def load(root=None):
    """Return the progress record of the workspace (root, or the one holding the working directory).

    Outside a workspace, or when nbgrader runs the notebook, return an empty record.
    """
    root = workspace() if root is None else Path(root)
    if root is None or os.environ.get("NBGRADER_EXECUTION"):
        return _fresh()
    return _read(root)


def _module_entry(data, module_id):
    """Return the record's entry of a module, creating it."""
    entry = data["modules"].setdefault(module_id, {})
    for key in ("exercises", "questions"):
        if not isinstance(entry.get(key), dict):
            entry[key] = {}
    return entry


# ---- what is recorded ----------------------------------------------------------------------------------

def current_module(root=None):
    """Return the id of the module whose folder the kernel runs in (workspace/<module>/), or None."""
    root = workspace() if root is None else root
    if root is None:
        return None
    try:
        folder = Path.cwd().resolve().relative_to(root).parts[0]
    except (ValueError, IndexError):
        return None
    return folder if folder in {m.id for m in modules()} else None


def record_exercise(label):
    """Record that the visible checks of an exercise ('Exercise 1.1') of the current module passed."""
    root = workspace()
    module_id = current_module(root)
    if module_id is None:
        return False

    def change(data):
        _module_entry(data, module_id)["exercises"][label] = {"at": _now()}

    return _update(change)


def record_answer(question_id, chosen, correct):
    """Record the last answer to a self-check question: the keys chosen and whether they were right."""
    module_id = question_id.partition(".")[0]

    def change(data):
        _module_entry(data, module_id)["questions"][question_id] = {
            "chosen": list(chosen), "correct": bool(correct), "at": _now()}

    return _update(change)


def record_interview(result):
    """Add a mock interview's result to the record."""
    return _update(lambda data: data["interviews"].append(result))


def saved_answers(module_id):
    """Return {question id: chosen keys} of a module's last recorded answers (empty outside a workspace)."""
    entry = load()["modules"].get(module_id, {})
    questions = entry.get("questions", {}) if isinstance(entry, dict) else {}
    return {
        qid: tuple(a["chosen"])
        for qid, a in questions.items()
        if isinstance(a, dict) and isinstance(a.get("chosen"), list) and a["chosen"]
    }


# ---- a module notebook's outline -------------------------------------------------------------------------

def heading_id(text):
    """Return the id JupyterLab gives a Markdown heading: its rendered text, spaces replaced by '-'."""
    return html.unescape(re.sub(r"<[^>]+>", "", inline(text))).replace(" ", "-")


def notebook_path(mod, root):
    """Return where a module's notebook is under root (a workspace, or the course's release/ layout)."""
    if mod.number == 0:
        return root / "notebooks" / f"{mod.id}.ipynb"
    return root / mod.notebook


def outline(path, module_id):
    """Return the sections of a module notebook, in order, as dicts.

    A section starts at a ``## `` heading. Each: ``heading`` (its text), ``anchor`` (the id JupyterLab gives
    it), ``key`` (the bank section its quiz cell names, or None) and ``exercises`` (the ``### Exercise k.j``
    labels that have an autograded solution cell, as the README's table counts them).
    """
    try:
        cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    sections, label = [], None
    for cell in cells:
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else source
        if cell.get("cell_type") == "markdown":
            for heading in _SECTION.findall(source):
                sections.append({"heading": heading, "anchor": heading_id(heading), "key": None, "exercises": []})
            found = _EXERCISE.findall(source)
            label = found[-1] if found else label
        elif cell.get("cell_type") == "code" and sections:
            grader = cell.get("metadata", {}).get("nbgrader", {})
            if grader.get("solution") and not grader.get("grade") and label and label not in sections[-1]["exercises"]:
                sections[-1]["exercises"].append(label)
            for quiz_module, key in _QUIZ.findall(source):
                if quiz_module == module_id:
                    sections[-1]["key"] = key
    return sections


def section_link(mod, key, root, outline_=None):
    """Return (href relative to the working directory or None, text) of a module section."""
    title = mod.sections.get(key, key)
    if root is None:
        return None, title
    path = notebook_path(mod, root)
    outline_ = outline(path, mod.id) if outline_ is None else outline_
    found = next((s for s in outline_ if s["key"] == key), None)
    href = os.path.relpath(path, Path.cwd()).replace(os.sep, "/")
    if found is None:
        return href, title
    return f"{href}#{found['anchor']}", found["heading"]


def _a(href, text):
    """Return an HTML link (text is already HTML), or just the text without an href."""
    return text if href is None else f'<a href="{html.escape(href)}">{text}</a>'


# ---- the progress view -----------------------------------------------------------------------------------

def _is_right(question, chosen):
    """Return whether chosen keys answer a bank question (the bank's key, not the record's flag, decides)."""
    return tuple(chosen) == question.answer


def module_progress(mod, data, root):
    """Return one module's progress as a dict (see Progress.rows)."""
    path = notebook_path(mod, root)
    sections = outline(path, mod.id)
    entry = data["modules"].get(mod.id, {})
    passed_labels = set(entry.get("exercises", {})) if isinstance(entry.get("exercises"), dict) else set()
    answers = entry.get("questions", {}) if isinstance(entry.get("questions"), dict) else {}
    answered = right = 0
    wrong_sections, open_sections = [], []
    for q in mod.questions:
        saved = answers.get(q.id)
        chosen = saved.get("chosen") if isinstance(saved, dict) else None
        if not chosen:
            open_sections.append(q.section)
            continue
        answered += 1
        if _is_right(q, chosen):
            right += 1
        else:
            wrong_sections.append(q.section)
    exercises = [label for s in sections for label in s["exercises"]]
    done = [label for label in exercises if label in passed_labels]
    keys = [s["key"] for s in sections if s["key"]] + [k for k in mod.sections if k not in
                                                       {s["key"] for s in sections}]
    revisit = [k for k in keys if k in wrong_sections]
    continue_at = None
    for s in sections:
        if s["key"] in wrong_sections or s["key"] in open_sections or any(
                label not in passed_labels for label in s["exercises"]):
            continue_at = s
            break
    href = os.path.relpath(path, Path.cwd()).replace(os.sep, "/")
    return {
        "module": mod.id,
        "title": f"{mod.number:02d} · {mod.title}",
        "href": href,
        "exercises": (len(done), len(exercises)),
        "questions": (right, answered, len(mod.questions)),
        "revisit": [section_link(mod, k, root, sections) for k in revisit],
        "continue_at": None if continue_at is None else (f"{href}#{continue_at['anchor']}", continue_at["heading"]),
        "done": continue_at is None and bool(sections),
    }


def _score_text(right, answered, total):
    """Return a self-check score: '3 right of 5 answered (of 39)', or '0 answered (of 39)'."""
    if not answered:
        return f"0 answered (of {total})"
    return f"{right} right of {answered} answered (of {total})"


def topic_link(topic, root):
    """Return an HTML link to a topic ('03_orm.sql') in its module's notebook, or its name without one."""
    module_id, _, key = topic.partition(".")
    try:
        mod = module(module_id)
    except LookupError:
        return html.escape(topic)
    href, text = section_link(mod, key, root)
    return _a(href, f"{inline(text)} <i>({mod.number:02d} · {html.escape(mod.title)})</i>")


class Progress:
    """The progress view: a row per module of the workspace, and the mock interviews taken."""

    def __init__(self, root, rows, interviews):
        self.root = root
        self.rows = rows
        self.interviews = interviews

    def _topic(self, topic):
        """Return a link to a topic's section."""
        return topic_link(topic, self.root)

    def __repr__(self):
        if self.root is None:
            return "Progress: none recorded here (progress is kept in the workspace that `make lab` opens)."
        lines = [f"Progress in {len(self.rows)} modules:"]
        for r in self.rows:
            lines.append(f"  {r['title']}: exercises passed {r['exercises'][0]} of {r['exercises'][1]}; "
                         f"self-check {_score_text(*r['questions'])}")
        return "\n".join(lines)

    def _repr_html_(self):
        if self.root is None:
            return ('<div class="course-progress"><p>No progress is recorded here. Your progress is kept in your '
                    "workspace, the copy of the course that <code>make lab</code> opens.</p></div>")
        head = ("<tr><th>Module</th><th>Exercises passed</th><th>Self-check</th>"
                "<th>Sections to revisit</th><th>Continue at</th></tr>")
        body = []
        for r in self.rows:
            right, answered, total = r["questions"]
            revisit = ", ".join(_a(h, inline(t)) for h, t in r["revisit"]) or "&mdash;"
            if r["done"]:
                where = "\N{HEAVY CHECK MARK} done"
            elif r["continue_at"] is None:
                where = _a(r["href"], "the start")
            else:
                where = _a(r["continue_at"][0], inline(r["continue_at"][1]))
            body.append(
                f'<tr data-module="{r["module"]}"><td>{_a(r["href"], html.escape(r["title"]))}</td>'
                f"<td>{r['exercises'][0]} of {r['exercises'][1]}</td>"
                f"<td>{_score_text(right, answered, total)}</td>"
                f"<td>{revisit}</td><td>{where}</td></tr>"
            )
        parts = [f'<table class="course-progress-table">{head}{"".join(body)}</table>']
        if self.interviews:
            last = self.interviews[-1]
            weakest = ", ".join(self._topic(t) for t in last.get("weakest", [])) or "none"
            parts.append(
                f"<p>Mock interviews taken: {len(self.interviews)}. The last, on {html.escape(str(last.get('at', ''))[:10])}:"
                f" {last.get('score', 0):g} of {last.get('questions', 0)}; weakest topics: {weakest}.</p>"
            )
        parts.append("<p><small>Recorded in your workspace (<code>.course-progress.json</code>) when checks pass "
                     "and when you check a self-check answer; it is never graded.</small></p>")
        return '<div class="course-progress">' + "\n".join(parts) + "</div>"


def progress():
    """Return your progress per module: exercises passed, self-check score, sections to revisit, where to go on."""
    root = workspace()
    if root is None:
        return Progress(None, [], [])
    data = load(root)
    rows = [module_progress(m, data, root) for m in modules()
            if m.number and notebook_path(m, root).is_file()]
    interviews = [i for i in data["interviews"] if isinstance(i, dict)]
    return Progress(root, rows, interviews)

