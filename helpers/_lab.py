"""The student's lab: one line, instead of a traceback, for the errors every student meets first.

An IPython extension that ``make lab`` loads into the kernels of the student's JupyterLab (the
workspace's IPython profile lists it; see ``tools/workspace.py``). It explains three errors in one line:

- an exercise not attempted yet: a solution stub (``# YOUR CODE HERE`` then ``raise NotImplementedError()``)
  raised; the line names the exercise (from the ``passed("Exercise k.j")`` of the test cell) and what to write
  (a stub that is a view raises through the test client: Django's log of it goes to ``helpers.server_log``);
- a cell run before the bootstrap cell: Django raised ``ImproperlyConfigured`` or ``AppRegistryNotReady``
  before ``setup()`` ran;
- a name defined in another cell that has not run yet: the line says which cell defines it (read from the
  saved notebook, whose path jupyter_server gives the kernel in ``JPY_SESSION_NAME``).

Every other error, and these same errors in any other situation, keep IPython's normal traceback. The
error is still an error (the cell fails and an unattempted exercise fails its tests): only its display is
shorter. Grading, nbval and ``tools/execute.py`` never load the extension (their kernels do not use the
lab's IPython profile), and it refuses to act where nbgrader autogrades (``NBGRADER_EXECUTION=autograde``).
The Validate button's kernel, started by the student's lab, shows the same one-line messages.
"""

import ast
import json
import linecache
import os
import re
import sys
import traceback
from pathlib import Path

_WRONG = "\N{HEAVY BALLOT X}"
_EXERCISE = re.compile(r"""\bpassed\(\s*["'](Exercise\s+\d+(?:\.\d+)*)["']\s*\)""")
_HEADING = re.compile(r"^###\s+(Exercise\s+\d+(?:\.\d+)*)", re.MULTILINE)
_STUB = re.compile(r"^[ \t]*# YOUR CODE HERE[ \t]*\n[ \t]*raise NotImplementedError\(\)[ \t]*$", re.MULTILINE)


def load_ipython_extension(shell):
    """Explain the first errors of a student in one line (IPython calls this when the extension loads)."""
    if os.environ.get("NBGRADER_EXECUTION", "validate") != "validate":
        return
    from django.core.exceptions import AppRegistryNotReady, ImproperlyConfigured  # light: no settings needed

    shell.set_custom_exc((NotImplementedError, NameError, ImproperlyConfigured, AppRegistryNotReady), _show)


def unload_ipython_extension(shell):
    """Give every error its normal traceback again."""
    shell.set_custom_exc((), None)


def _show(shell, etype, value, tb, tb_offset=None):
    """Show value's one-line explanation when there is one, else its normal traceback (IPython's CustomTB)."""
    try:
        line = explain(shell, value, tb)
    except Exception:  # noqa: BLE001 (a failed explanation must never hide the error itself)
        line = None
    if line:
        value._render_traceback_ = lambda: [f"{_WRONG} {line}"]  # IPython's hook, as CheckFailed uses it
    shell.showtraceback((etype, value, tb), tb_offset=tb_offset)


def explain(shell, value, tb):
    """Return the one-line explanation of the exception value raised in a cell, or None to keep the traceback."""
    frames = [frame for frame, _ in traceback.walk_tb(tb)]
    cells = [f for f in frames if shell.compile.format_code_name(f.f_code.co_filename) is not None]
    running = _cell_source(cells[0]) if cells else ""
    if isinstance(value, NotImplementedError):
        return _not_attempted(shell, frames[-1], cells, running)
    if isinstance(value, NameError):
        return _not_defined(shell, value, running)
    return _before_setup()


# ---- an exercise not attempted yet ----------------------------------------------------------------------

def _cell_source(frame):
    """Return the source of the cell a frame runs in (IPython keeps it in linecache)."""
    return "".join(linecache.getlines(frame.f_code.co_filename))


def _is_stub(frame):
    """Return whether frame stopped at the ``raise NotImplementedError()`` of a solution stub."""
    lines = linecache.getlines(frame.f_code.co_filename)
    at = frame.f_lineno - 1
    return 0 < at < len(lines) and _STUB.search(lines[at - 1] + lines[at]) is not None


def _not_attempted(shell, frame, cells, running):
    """Explain a NotImplementedError raised by a solution stub: which exercise, and what to write."""
    if not cells or not _is_stub(frame):
        return None
    name = frame.f_code.co_qualname.replace(".<locals>", "")
    here = cells[0].f_code.co_filename == frame.f_code.co_filename
    found = _EXERCISE.search(running)
    exercise = found.group(1) if found else None
    if exercise is None:
        notebook = _notebook(shell)
        if notebook is not None:
            exercise = _exercise_of(notebook, name.split(".")[0])
    where = "in this cell" if here else "above"
    if exercise is None:
        return f"`{name}` is not written yet: replace its `raise NotImplementedError()` with your code"
    return f"{exercise} is not attempted yet: write `{name}` {where}"


def _exercise_of(notebook, name):
    """Return the exercise of the solution cell that defines name: its test cell's passed(), or its heading."""
    index = next((c.index for c in notebook if c.is_code and name in c.defines), None)
    if index is None:
        return None
    for cell in notebook[index + 1:]:
        found = _EXERCISE.search(cell.source) if cell.is_code else None
        if found:
            return found.group(1)
    for cell in reversed(notebook[:index]):
        found = None if cell.is_code else _HEADING.search(cell.source)
        if found:
            return found.group(1)
    return None


# ---- a cell run before the bootstrap cell ------------------------------------------------------------------

def _before_setup():
    """Explain Django's ImproperlyConfigured or AppRegistryNotReady when setup() has not run in this kernel."""
    bootstrap = sys.modules.get("helpers._bootstrap")
    if bootstrap is not None and bootstrap._state["options"] is not None:
        return None
    conf = sys.modules.get("django.conf")
    if conf is not None and conf.settings.configured:
        return None  # Django was set up some other way: the error is a real one
    return "Django is not set up in this kernel yet: run the first cell, `setup()`, first, then this cell again"


# ---- a name from another cell -------------------------------------------------------------------------------

def _not_defined(shell, value, running):
    """Explain a NameError for a name another cell of the saved notebook defines at its top level."""
    name = getattr(value, "name", None)
    if not name or name in _names(running):
        return None
    notebook = _notebook(shell)
    if notebook is None:
        return None
    here = next((c.index for c in notebook if c.is_code and c.code.strip() == running.strip()), None)
    defining = [c for c in notebook if c.is_code and name in c.defines and c.index != here]
    if not defining:
        return None
    above = [c for c in defining if here is not None and c.index < here]
    cell = above[-1] if above else defining[0]
    if _STUB.search(cell.source):
        exercise = _exercise_of(notebook, name)
        if exercise is not None:
            return f"{exercise} is not attempted yet: write `{name}` above and run its cell"
    number = sum(1 for c in notebook[: cell.index + 1] if c.is_code)
    which = f"the {_ordinal(number)} code cell"
    first = next((line.strip() for line in cell.source.splitlines() if line.strip()), "")
    if len(first) > 60:
        first = first[:57] + "..."
    return f"`{name}` is defined in {which}, which begins `{first}`: run that cell first"


def _ordinal(n):
    """Return 'first', 'second', 'third', then '4th', '21st', '22nd'."""
    if n <= 3:
        return ("first", "second", "third")[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _Cell:
    """A cell of the saved notebook: its index, type, source, and for code its Python and the names it binds."""

    def __init__(self, index, cell, shell):
        self.index = index
        self.is_code = cell.get("cell_type") == "code"
        source = cell.get("source", "")
        self.source = "".join(source) if isinstance(source, list) else str(source)
        self.code = _python(shell, self.source) if self.is_code else ""
        self.defines = _names(self.code) if self.is_code else frozenset()


def _notebook(shell):
    """Return the cells of the notebook this kernel runs (saved on disk), or None where it is unknown."""
    name = os.environ.get("JPY_SESSION_NAME", "")
    if not name.endswith(".ipynb"):
        return None
    path = Path(name)
    if not path.is_absolute():  # an API path: the kernel runs in the notebook's folder
        path = Path.cwd() / path.name
    try:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return [_Cell(index, cell, shell) for index, cell in enumerate(cells) if isinstance(cell, dict)]


def _python(shell, source):
    """Return a cell's source as the Python IPython runs (%magics and !commands transformed)."""
    try:
        return shell.transform_cell(source)
    except Exception:  # noqa: BLE001 (IPython's transformers may reject a half-written cell in many ways)
        return source


def _names(code):
    """Return the names a cell's Python binds at its top level (definitions, assignments, imports)."""
    try:
        tree = compile(code, "<cell>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    except (SyntaxError, ValueError):
        return frozenset()
    names = set()
    _bind(tree.body, names)
    return frozenset(names)


def _bind(body, names):
    """Add to names what the statements of body bind in the namespace they run in."""
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names if a.name != "*")
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                _targets(target, names)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            _targets(node.target, names)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    _targets(item.optional_vars, names)
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list) and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                _bind(block, names)
        for handler in getattr(node, "handlers", []):
            _bind(handler.body, names)


def _targets(target, names):
    """Add the plain names an assignment target binds (a, a, b = ..., *rest), not attributes or items."""
    if isinstance(target, ast.Name):
        names.add(target.id)
    elif isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            _targets(element, names)
    elif isinstance(target, ast.Starred):
        _targets(target.value, names)
