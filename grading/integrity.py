"""Grading integrity: hidden tests trust nothing the student's code can replace.

A graded notebook runs student cells and the teacher's test cells in one kernel, so a student cell can
swap ``sys.modules["helpers"]`` for an object that accepts anything, write ``vars(helpers)["check_equal"]``
(which bypasses any guard on the module's attributes), patch ``builtins.isinstance``, add an IPython
input transformer or a ``pre_run_cell`` hook, set a tracer, or answer with ``unittest.mock.MagicMock()``
objects, which are iterable, callable, context managers and truthy. Tried on module 03 before this
module existed, such a notebook scored 7 of 12 without solving anything.

What the grader does (``GradingExecute`` calls ``KernelGuard``; both run in the grader's process, out of
the student's reach):

1. The kernel starts with ``python -P`` (``safe_path``): ``python -m ipykernel_launcher`` would otherwise
   run an ``ipykernel_launcher.py`` handed in with the notebook (nbgrader copies the submission's files
   next to it) instead of the kernel, before anything can be checked, and IPython would put the
   submission's directory on ``sys.path`` ahead of the installed packages.
2. Before the first cell (no student code has run), it sends the kernel the agent (``_kernel_agent.py``)
   as the user expression of a silent, empty execute_request. ipykernel evaluates user expressions with
   ``eval`` after running the code: no input transformer, AST transformer or cell event sees them
   (``IPythonKernel.do_execute``, ``InteractiveShell.user_expressions``; ``run_cell_async`` returns early
   on empty code). The agent imports the course and the libraries the tests use (never from the
   submission's directory) and keeps: the ``helpers`` modules with every attribute and the code of their
   functions and classes; the builtins; the code of Django's query machinery (``CaptureQueriesContext``,
   ``QuerySet``, the connection wrappers) and of the modules the locked cells import; ``sys.modules``,
   ``sys.meta_path``, ``sys.path_hooks`` and the path importer cache; the trace, profile
   and ``sys.monitoring`` hooks; IPython's input and AST transformers, event callbacks, custom exception
   handler, display settings (``ast_node_interactivity``) and the methods of the shell and the kernel.
   Its own builtins are a copy taken then.
3. After each locked cell, it remembers the names that cell bound (``Book``, ``Decimal``, ``sql_of``),
   except the names the exercises ask for (read from the release's stubs in the gradebook).
4. Before each test cell (nbgrader ``grade`` cell), it restores all of that, puts back the locked cells'
   names the test reads, and removes notebook variables that shadow a builtin the test reads: the test
   runs against the genuine checks. What it had to fix becomes a flag; the score is whatever the test
   gives. Callbacks of ``post_*`` events are removed too, but not flagged: they run after a test's code.
5. After each test cell, it checks again. Anything changed *while the test ran* (the answer patched a
   check or rebound ``check_equal`` in the notebook's globals, a hook or a thread re-patched after the
   restore) fails that test with a ``GradingIntegrityError`` output, put first because nbgrader scores a
   cell by its first error or result. So does an agent that does not answer, or answers without the
   right signature (a keyed SHA-256 digest; the key went only into the first request): the test is not
   run. A kernel that does not answer at all in the cell timeout is treated as dead (``KernelUnresponsive``).
6. A static scan of the cells the student wrote (solution cells, and unmarked cells that differ from the
   release), by their AST after IPython's own syntax transforms, names ``sys.modules``, ``builtins``,
   ``unittest.mock``, ``gc``, ``ctypes``, frame and closure introspection, IPython hooks, tracing and
   import hooks, ``exec``/``eval``, assignments to attributes of imported modules, classes and locked
   cells' names, and Python files handed in with the notebook. Nothing that runs in the kernel can change
   it, and it never changes a score: it tells the teacher where to look.

Flags travel as values: records ``{"kind", "detail", "cell", "when"}`` in the autograded notebook's
metadata, ``metadata["course"]["integrity"]``. ``ClearMetadataPreprocessor``, in the autograde pipeline
but not enabled by nbgrader or the course, would clear them: if you enable it, add ``("course",)`` to its
``preserve_nb_metadata_mask``. ``flags(notebook)`` turns them into lines such as "check helpers replaced:
sys.modules['helpers'] (restored before test_cheap_books)"; ``course-grade`` lists them in the class
report, and plain ``nbgrader autograde`` logs them as warnings.

Limits (the kernel is the student's process: this raises the bar, it proves nothing):
- Code that introspects the agent (``gc.get_referrers``, a function's ``__globals__``) can find its key and
  snapshot, and ``ctypes`` can change anything. The static scan names these, but ``getattr(f, "__glo" +
  "bals__")`` or an encoded string run by ``exec`` hide what they do (``exec`` itself is named).
- A tracer that the answer installs while a test runs can alter that test's frames; it is caught
  afterwards (the test fails) unless it removes itself before the test ends.
- Only what is listed above is restored: Django's other internals, objects' state (a connection's query
  log, signal receivers) and audit hooks (``sys.addaudithook``, which nothing can remove) are not.
- Threads and asyncio callbacks written in the notebook are reported, not stopped.
- A patch that wedges the kernel in the very cell that makes it (``builtins.isinstance = lambda *a:
  True``) leaves nothing to restore: that kernel is graded as dead from there on.
- ``helpers`` modules must keep their state in mutable objects, never by rebinding module globals (the
  restore would undo it).
"""

import ast
import hmac
import importlib.util
import json
import queue
import secrets
import sys
from hashlib import sha256
from pathlib import Path
from time import monotonic

from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import DeadKernelError
from nbformat.v4 import new_output

ERROR = "GradingIntegrityError"  # the ename of the error output of a test that cannot be trusted
METADATA = "course"  # notebook metadata key; the records are under ["integrity"]
AGENT = Path(__file__).with_name("_kernel_agent.py")

# What each kind of record means, in the order the report lists them.
FLAGS = {
    "broken": "integrity check failed",
    "helpers": "check helpers replaced",
    "builtins": "builtins changed",
    "names": "notebook names replaced",
    "modules": "modules replaced",
    "library": "library code changed",
    "ipython": "IPython hooks changed",
    "tracing": "tracing hooks set",
    "imports": "import hooks changed",
    "background": "background code running",
    "code": "suspicious code",
}
# Kinds that make a test fail when they happen while it runs ("background" is only reported).
TAMPERING = frozenset(FLAGS) - {"background", "code"}

_SUSPICIOUS_MODULES = {
    "builtins": "builtins", "__builtin__": "builtins", "unittest.mock": "unittest.mock", "mock": "unittest.mock",
    "gc": "gc", "ctypes": "ctypes", "importlib": "importlib", "_thread": "_thread",
}
# What of the IPython shell (get_ipython()) changes how a later cell runs or reports; magics
# (get_ipython().run_line_magic, what %timeit becomes) and post_* event callbacks do not.
_SHELL_HOOKS = {
    "input_transformers_cleanup", "input_transformers_post", "input_transformer_manager", "ast_transformers",
    "set_custom_exc", "CustomTB", "custom_exceptions", "showtraceback", "_showtraceback", "user_ns",
    "user_global_ns", "user_module", "kernel", "run_cell", "run_cell_async", "run_code", "run_ast_nodes",
    "transform_cell", "transform_ast", "compile", "display_formatter", "display_pub", "displayhook",
    "prefilter_manager", "user_expressions", "should_run_async", "builtin_trap", "display_trap",
    "ast_node_interactivity", "autocall",
}
_SUSPICIOUS_ATTRIBUTES = {
    "sys.modules": "sys.modules", "sys.meta_path": "import hooks (sys.meta_path)",
    "sys.path_hooks": "import hooks (sys.path_hooks)", "sys.path_importer_cache": "import hooks",
    "sys.settrace": "tracing hooks (sys.settrace)", "sys.setprofile": "tracing hooks (sys.setprofile)",
    "sys.monitoring": "tracing hooks (sys.monitoring)", "sys.addaudithook": "audit hooks",
    "sys._getframe": "frame introspection", "threading.settrace": "tracing hooks (threading.settrace)",
    "threading.setprofile": "tracing hooks", "threading.settrace_all_threads": "tracing hooks",
    "inspect.currentframe": "frame introspection", "inspect.stack": "frame introspection",
}
_SUSPICIOUS_NAMES = {
    "__builtins__": "builtins", "exec": "exec/eval", "eval": "exec/eval", "compile": "exec/eval",
    "__import__": "__import__", "globals": "globals()",
}
_INTROSPECTION = {"__closure__", "__code__", "__globals__", "__subclasses__", "cell_contents", "f_locals",
                  "f_globals", "f_back", "f_trace", "f_builtins", "gi_frame", "cr_frame", "tb_frame"}
# How flags() says where a record was made: its "when", then the cells.
_WHEN = {
    "before": "restored before {}",
    "during": "changed while {} ran, which scored 0",
    "failed": "{} could not be checked and scored 0",
    "seen": "seen at {}",
    "static": "in {}",
}
_LOOKUP = "[c for c in ().__class__.__base__.__subclasses__() if c.__qualname__ == {name!r}][0]"


def _meta(cell):
    """Return a cell's nbgrader metadata (empty for unmarked cells)."""
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def _source(cell):
    """Return a cell's source as one string."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def is_test(cell):
    """Tell whether a cell is a code cell nbgrader grades (a test cell)."""
    return cell.get("cell_type") == "code" and bool(_meta(cell).get("grade")) and not _meta(cell).get("solution")


def is_locked(cell):
    """Tell whether a code cell is the teacher's (nbgrader restores its source before grading)."""
    meta = _meta(cell)
    teachers = bool(meta.get("locked") or meta.get("grade")) and not meta.get("solution")
    return cell.get("cell_type") == "code" and teachers


def _name(cell, index):
    """Return how the report names a cell: its grade_id, or its position."""
    return _meta(cell).get("grade_id") or f"cell {index + 1}"


def _parse(source):
    """Return the AST of a cell after IPython's syntax transforms (magics, shell escapes), or None."""
    from IPython.core.inputtransformer2 import TransformerManager

    try:
        return ast.parse(TransformerManager().transform_cell(source))
    except (SyntaxError, ValueError):
        return None


def _top_level(tree):
    """Yield the nodes of a module that run in its own scope (not inside functions, classes or lambdas)."""
    todo = list(ast.iter_child_nodes(tree))
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda,
                                 ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            todo.extend(ast.iter_child_nodes(node))


def bound_names(source):
    """Return the names a cell binds in the notebook's namespace (assignments, defs, imports)."""
    tree = _parse(source)
    names = set()
    for node in _top_level(tree) if tree else ():
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names if a.name != "*")
    return sorted(names)


def read_names(source):
    """Return the names a cell reads that it does not bind itself (what it relies on finding)."""
    tree = _parse(source)
    if tree is None:
        return []
    stored = set(bound_names(source))
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            stored.add(node.id)
        elif isinstance(node, ast.arg):
            stored.add(node.arg)
    return sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)} - stored)


def imported_names(source):
    """Return (name, module, attribute) for each ``from module import attribute as name`` of a cell."""
    tree = _parse(source)
    found = []
    for node in ast.walk(tree) if tree else ():
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found += [(a.asname or a.name, node.module, a.name) for a in node.names if a.name != "*"]
    return found


def imported_modules(source):
    """Return the modules a cell imports from."""
    tree = _parse(source)
    modules = set()
    for node in ast.walk(tree) if tree else ():
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules.add(node.module)
        elif isinstance(node, ast.Import):
            modules.update(a.name for a in node.names)
    return modules


# -- the static scan ---------------------------------------------------------------------------------

def _aliases(trees):
    """Return {name: dotted import target} for every import in the given ASTs."""
    aliases = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for a in node.names:
                    aliases[a.asname or a.name] = f"{node.module}.{a.name}"
    return aliases


# Modules whose every name is the grader's business: patching anything imported from them is suspicious.
_GUARDED_MODULES = ("helpers", "builtins", "sys", "IPython", "ipykernel", "django.test", "unittest")


def _patchable(trees, locked):
    """Return the names whose attributes a student's cell has no business assigning: modules (``import X``),
    classes imported by name (``from X import Capitalised``), anything imported from _GUARDED_MODULES, and
    the functions and classes the locked cells define (``Book``). Objects imported by name (``connection``,
    ``settings``) are left out: setting their attributes is ordinary Django."""
    names = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update((a.asname or a.name).split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                guarded = node.module.split(".")[0] in _GUARDED_MODULES or node.module.startswith(_GUARDED_MODULES)
                names.update(a.asname or a.name for a in node.names if guarded or a.name[:1].isupper())
    for tree in locked:
        names.update(n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    return names


def _dotted(node, aliases):
    """Return the dotted name of an expression such as ``sys.modules`` (imports resolved), or None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return ".".join([aliases.get(node.id, node.id)] + parts[::-1])


def _root(node):
    """Return the name at the root of ``a.b[c].d`` or ``vars(a)[...]``, or None."""
    while True:
        if isinstance(node, (ast.Attribute, ast.Subscript)):
            node = node.value
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "vars" and node.args:
            node = node.args[0]
        elif isinstance(node, ast.Name):
            return node.id
        else:
            return None


def _shells(tree):
    """Return the names a cell binds to get_ipython() (``ip = get_ipython()``)."""
    return {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign) and _is_shell(node.value, set())
            for t in node.targets if isinstance(t, ast.Name)}


def _is_shell(node, shells):
    """Tell whether an expression is the IPython shell: get_ipython(), or a name bound to it."""
    if isinstance(node, ast.Call) and not node.args:
        func = node.func
        return (isinstance(func, ast.Name) and func.id == "get_ipython") or (
            isinstance(func, ast.Attribute) and func.attr == "get_ipython")
    return isinstance(node, ast.Name) and node.id in shells


def _shell_findings(node, shells):
    """Yield the IPython hooks an AST node reaches (see _SHELL_HOOKS)."""
    if isinstance(node, ast.Attribute) and _is_shell(node.value, shells) and node.attr in _SHELL_HOOKS:
        yield f"IPython hooks (get_ipython().{node.attr})"
    if isinstance(node, ast.Attribute) and node.attr == "callbacks" and isinstance(node.value, ast.Attribute) \
            and node.value.attr == "events" and _is_shell(node.value.value, shells):
        yield "IPython hooks (get_ipython().events.callbacks)"
    func = node.func if isinstance(node, ast.Call) else None
    if isinstance(func, ast.Attribute) and func.attr in ("register", "unregister"):
        target = node.func.value
        if isinstance(target, ast.Attribute) and target.attr == "events" and _is_shell(target.value, shells):
            event = node.args[0] if node.args else None
            name = event.value if isinstance(event, ast.Constant) and isinstance(event.value, str) else None
            if name is None or not name.startswith("post_"):
                yield f"IPython hooks (events.{func.attr}({name!r}))" if name else "IPython hooks (events.register)"


def _findings(tree, aliases, patchable, protected):
    """Yield what is suspicious in one cell's AST (short descriptions)."""
    shells = _shells(tree)
    for node in ast.walk(tree):
        yield from _shell_findings(node, shells)
        if isinstance(node, ast.Import):
            for a in node.names:
                for module, what in _SUSPICIOUS_MODULES.items():
                    if a.name == module or a.name.startswith(module + "."):
                        yield what
        elif isinstance(node, ast.ImportFrom) and node.module:
            for a in node.names:
                full = f"{node.module}.{a.name}"
                for module, what in _SUSPICIOUS_MODULES.items():
                    if node.module == module or node.module.startswith(module + ".") or full == module:
                        yield what
                if full in _SUSPICIOUS_ATTRIBUTES:
                    yield _SUSPICIOUS_ATTRIBUTES[full]
        elif isinstance(node, ast.Attribute):
            if node.attr in _INTROSPECTION:
                yield f"introspection (.{node.attr})"
            dotted = _dotted(node, aliases)
            for prefix, what in _SUSPICIOUS_ATTRIBUTES.items():
                if dotted and (dotted == prefix or dotted.startswith(prefix + ".")):
                    yield what
            if dotted and dotted.split(".")[0] in ("builtins", "__builtin__"):
                yield "builtins"
        elif isinstance(node, ast.Name) and node.id in _SUSPICIOUS_NAMES:
            yield _SUSPICIOUS_NAMES[node.id]
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in aliases:
            target = aliases[node.id]
            for prefix, what in _SUSPICIOUS_ATTRIBUTES.items():
                if target == prefix or target.startswith(prefix + "."):
                    yield what
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete)):
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
            for target in targets:
                root = _root(target) if isinstance(target, (ast.Attribute, ast.Subscript)) else None
                dunder = isinstance(target, ast.Attribute) and target.attr.startswith("__")
                if root in patchable or (root and dunder):
                    yield f"patches {ast.unparse(target)}"
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
            if node.func.id in ("setattr", "delattr") and _root(node.args[0]) in patchable:
                yield f"patches {ast.unparse(node.args[0])} ({node.func.id})"
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node in tree.body:
            if node.name in protected:
                yield f"redefines {node.name}"


def scan(notebook, given=()):
    """Return a record for each suspicious thing in the cells a student wrote or could edit.

    Those are solution cells and unmarked cells, except cells whose source is one of given (the
    release's own unmarked cells: the teacher's demos, as handed out); locked and test cells are the
    teacher's (nbgrader grades their original source). A cell that is not valid Python is skipped
    (it fails on its own).
    """
    given = set(given)
    cells = notebook.get("cells", [])
    trees = {i: _parse(_source(c)) for i, c in enumerate(cells) if c.get("cell_type") == "code"}
    aliases = _aliases(t for t in trees.values() if t is not None)
    locked = [t for i, t in trees.items() if t is not None and is_locked(cells[i])]
    patchable = _patchable([t for t in trees.values() if t is not None], locked)
    protected = set()  # what locked cells define and what test cells import: a student redefining it is suspicious
    for index, tree in trees.items():
        cell = cells[index]
        if is_locked(cell):
            protected.update(bound_names(_source(cell)))
    records = []
    for index, tree in trees.items():
        if tree is None or is_locked(cells[index]) or (not _meta(cells[index]) and _source(cells[index]) in given):
            continue
        seen = []
        for finding in _findings(tree, aliases, patchable, protected):
            if finding not in seen:
                seen.append(finding)
        records += [{"kind": "code", "detail": f, "cell": _name(cells[index], index), "when": "static"} for f in seen]
    return records


def scan_directory(path):
    """Return a record for each Python file or package in the kernel's working directory (the submission's).

    Grading kernels start with ``python -P`` (``safe_path``), so such files can no longer replace the
    kernel (an ``ipykernel_launcher.py``) or shadow a module; they are still worth the teacher's look.
    """
    if not path or not Path(path).is_dir():
        return []
    found = sorted(p.name for p in Path(path).iterdir()
                   if p.suffix in (".py", ".pth", ".so") or (p / "__init__.py").is_file())
    return [{"kind": "code", "detail": f"Python file in the submission: {name}", "cell": None, "when": "static"}
            for name in found]


def safe_path(km):
    """Make a Python kernel start with ``-P`` (Python's safe path), before it starts.

    ``python -m ipykernel_launcher`` puts the working directory (the submission's) first on ``sys.path``,
    so a submitted ``ipykernel_launcher.py`` would replace the kernel itself, before the grader can
    snapshot anything; and IPython adds the directory to ``sys.path`` again unless ``sys.flags.safe_path``.
    """
    spec = km.kernel_spec
    if spec is None or spec.language != "python":
        return
    argv = list(spec.argv)
    if len(argv) > 2 and argv[1] == "-m" and "-P" not in argv:
        spec.argv = [argv[0], "-P", *argv[1:]]


# -- reading the records back ------------------------------------------------------------------------

def records(notebook):
    """Return the integrity records stored in an autograded notebook (a dict or a NotebookNode)."""
    return list(notebook.get("metadata", {}).get(METADATA, {}).get("integrity", []))


def _listed(items, most=3):
    """Return 'a, b, c and 2 more'."""
    items = list(dict.fromkeys(items))
    shown = ", ".join(items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


def flags(notebook):
    """Return one line per kind of integrity problem the autograded notebook records, for the teacher.

    For example "check helpers replaced: sys.modules['helpers'] (restored before test_cheap_books)" or
    "suspicious code: unittest.mock (in safe_get)". An empty list means nothing was found (or the
    notebook was graded without the integrity checks).
    """
    lines = []
    found = records(notebook)
    for kind, words in FLAGS.items():
        mine = [r for r in found if r.get("kind") == kind]
        if not mine:
            continue
        where = []
        cells = {when: [r["cell"] for r in mine if r.get("when") == when and r.get("cell")] for when in _WHEN}
        if any(r.get("when") == "start" for r in mine):
            where.append("when the kernel started")
        for when, words_for in _WHEN.items():
            if cells[when]:
                where.append(words_for.format(_listed(cells[when])))
        detail = _listed(r.get("detail", "") for r in mine if r.get("detail"))
        lines.append(f"{words}: {detail}" + (f" ({'; '.join(where)})" if where else ""))
    return lines


# -- the grader's side of the kernel agent -----------------------------------------------------------

def _roots():
    """Return the directories the kernel's Python code may come from: the Python installation, the
    virtual environment and the course package."""
    package = Path(importlib.util.find_spec("helpers").origin).resolve().parent
    return sorted({str(Path(sys.base_prefix).resolve()), str(Path(sys.prefix).resolve()), str(package)})


class KernelUnresponsive(DeadKernelError):
    """The kernel did not answer the grader's check in time: it is wedged (builtins broken, a loop that
    ignores interrupts), so GradingExecute treats it as dead."""


def released_sources(config, resources):
    """Return the sources of the code cells of the notebook as it was released (read from release/), or
    an empty set outside nbgrader."""
    from nbgrader.coursedir import CourseDirectory

    info = resources.get("nbgrader") or {}
    if not info.get("assignment") or not info.get("notebook"):
        return set()
    course = CourseDirectory(config=config)
    path = Path(course.format_path(course.release_directory, ".", info["assignment"])) / f"{info['notebook']}.ipynb"
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError):
        return set()
    return {_source(c) for c in cells if c.get("cell_type") == "code"}


def answer_names(notebook, resources):
    """Return the names the exercises' stubs define, read from the gradebook (nbgrader keeps the release's
    solution cells there), not from the student's cells, which could claim any name.

    Empty outside nbgrader (no gradebook in resources) or when the gradebook cannot be read: then every
    name a locked cell bound is restored.
    """
    from nbgrader.api import Gradebook, MissingEntry
    from sqlalchemy.exc import SQLAlchemyError

    info = resources.get("nbgrader") or {}
    if not all(info.get(key) for key in ("db_url", "assignment", "notebook")):
        return set()
    names = set()
    try:
        with Gradebook(info["db_url"]) as gb:
            for cell in notebook.get("cells", []):
                grade_id = _meta(cell).get("grade_id")
                if not _meta(cell).get("solution") or not grade_id:
                    continue
                try:
                    stub = gb.find_source_cell(grade_id, info["notebook"], info["assignment"]).source
                except MissingEntry:  # a cell the student marked as a solution: not the teacher's
                    continue
                names.update(bound_names(stub))
    except SQLAlchemyError:  # a busy or unreachable gradebook: grade, restoring a little more than needed
        return set()
    return names


def _error(evalue):
    """Return the error output of a test whose result cannot be trusted."""
    return new_output("error", ename=ERROR, evalue=evalue, traceback=[f"{ERROR}: {evalue}"])


class KernelGuard:
    """The grader's half of the integrity checks, driven by GradingExecute for one notebook.

    ``before(cell, index)`` runs before each cell (it installs the agent before the first one and
    restores the snapshot before each test cell; False means the cell must not run), ``after(cell,
    index)`` after each cell that ran, ``save(nb)`` stores the records in the notebook's metadata.
    (``safe_path(km)``, a function, runs before the kernel starts.)
    """

    def __init__(self, client, notebook, resources=None):
        resources = resources or {}
        self.client = client
        self.key = secrets.token_hex(32)
        self.agent = f"CourseGradingAgent_{secrets.token_hex(8)}"
        given = released_sources(client.config, resources)
        self.records = scan(notebook, given) + scan_directory(resources.get("metadata", {}).get("path"))
        self.installed = None  # None: not yet; True; or why it could not be
        # Names the exercises ask for: a test reads them from the student, never from a locked cell.
        self.answers = answer_names(notebook, resources)
        cells = notebook.get("cells", [])
        self.watch = sorted({m for c in cells if is_locked(c) for m in imported_modules(_source(c))})

    def _sign(self, body):
        key = self.key.encode()
        return sha256(key + sha256(key + body.encode("utf-8", "backslashreplace")).digest()).hexdigest()

    async def _evaluate(self, expression):
        """Evaluate expression as a user expression of a silent, empty execute_request; return its text."""
        client = self.client
        msg_id = await ensure_async(client.kc.execute("", silent=True, store_history=False, allow_stdin=False,
                                                      stop_on_error=False, user_expressions={"agent": expression}))
        deadline = monotonic() + (client.timeout or 30)
        while monotonic() < deadline:
            try:
                msg = await ensure_async(client.kc.shell_channel.get_msg(timeout=min(1.0, deadline - monotonic())))
            except queue.Empty:
                if not await ensure_async(client.km.is_alive()):
                    raise DeadKernelError("Kernel died") from None
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            result = msg["content"].get("user_expressions", {}).get("agent")
            if msg["content"].get("status") != "ok" or not result:
                return None, f"the kernel refused the request ({msg['content'].get('ename', 'no result')})"
            if result.get("status") != "ok":
                return None, f"the agent failed: {result.get('ename')}: {result.get('evalue')}"[:300]
            return result.get("data", {}).get("text/plain", ""), None
        raise KernelUnresponsive(
            f"the kernel stopped responding while running this cell (no answer in {client.timeout or 30} s)")

    def _ask(self, call, *args):
        """Call the agent; return (events, None) when the answer is genuine, else (None, why)."""
        nonce = secrets.token_hex(16)
        if call == "install":
            expression = (
                "(lambda g: (exec(compile({source!r}, '<course grading agent>', 'exec'), g), "
                "g['_install']({key!r}, {token!r}, {roots!r}, {watch!r}))[1])"
                "({{'__builtins__': dict(vars(__import__('builtins'))), '__name__': '_course_grading_agent'}})"
            ).format(source=AGENT.read_text(encoding="utf-8"), key=self.key,
                     token=self.agent.rsplit("_", 1)[1], roots=_roots(), watch=self.watch)
            nonce = "install"
        else:
            expression = _LOOKUP.format(name=self.agent) + f".{call}({nonce!r}, *{args!r})"
        text, why = run_sync(self._evaluate)(expression)
        if text is None:
            return None, why
        try:
            body, digest = ast.literal_eval(text).rsplit("|", 1)
            answered, events = ast.literal_eval(body)
        except (ValueError, SyntaxError, TypeError, AttributeError):
            return None, "the agent's answer was not readable"
        if not hmac.compare_digest(digest, self._sign(body)) or answered != nonce:
            return None, "the agent's answer was not signed by the agent"
        return [(kind, detail) for kind, detail in events if kind in FLAGS], None

    def _record(self, events, cell, when):
        """Keep events as records; what is only reported (background code) is "seen", not restored."""
        self.records += [{"kind": kind, "detail": detail, "cell": cell, "when": when if kind in TAMPERING else "seen"}
                         for kind, detail in events]

    def before(self, cell, index):
        """Install the agent before the first cell; restore the snapshot before a test cell.

        Return False when the cell must not run (its outputs then say why).
        """
        if self.installed is None:
            events, why = self._ask("install")
            self.installed = True if events is not None else why
            self._record(events if events is not None else [("broken", f"the checks could not be set up: {why}")],
                         None, "start")
        if not is_test(cell):
            return True
        name = _name(cell, index)
        if self.installed is not True:
            cell.outputs = [_error("not run: the grader could not set up its checks in this kernel, so this test "
                                   "cannot be trusted and scores 0 (your teacher sees why)")]
            return False
        reads = tuple(n for n in read_names(_source(cell)) if n not in self.answers)
        events, why = self._ask("check", "before", reads, ())
        if events is None:
            self._record([("broken", why)], name, "failed")
            cell.outputs = [_error(f"not run: the grader could not restore the course's checks before this test "
                                   f"({why}), so it scores 0 (your teacher sees why)")]
            return False
        self._record(events, name, "before")
        return True

    def after(self, cell, index):
        """Check a test cell's environment after it ran (failing it if tampered with); remember locked cells' names."""
        if self.installed is not True or not is_locked(cell):
            return
        source = _source(cell)
        if is_test(cell):
            name = _name(cell, index)
            # What the test imported must still be genuine; unless it failed first (then it may not have run
            # its imports, and it scores 0 anyway).
            failed = any(o.get("output_type") == "error" for o in cell.outputs)
            binds = () if failed else tuple(imported_names(source))
            events, why = self._ask("check", "after", (), binds)
            if events is None:
                self._record([("broken", why)], name, "failed")
                cell.outputs.insert(0, _error(f"the grader could not check the course's checks after this test "
                                              f"({why}), so it scores 0 (your teacher sees why)"))
            else:
                self._record(events, name, "during")
                tampered = [f"{FLAGS[k]}: {d}" for k, d in events if k in TAMPERING]
                if tampered:  # first: nbgrader scores a cell by its first error or result output
                    cell.outputs.insert(0, _error(f"the course's checks were changed while this test ran "
                                                  f"({'; '.join(tampered[:3])}), so it scores 0 "
                                                  "(your teacher sees why)"))
        events, why = self._ask("remember", tuple(bound_names(source)))
        if events is None:
            self._record([("broken", f"its names could not be remembered: {why}")], _name(cell, index), "seen")

    def save(self, notebook, log=None):
        """Store the records in the notebook's metadata (and log them as warnings)."""
        notebook.metadata.setdefault(METADATA, {})["integrity"] = self.records
        for line in flags(notebook) if log else ():
            log.warning("grading integrity: %s", line)
