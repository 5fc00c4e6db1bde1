"""The grader's agent inside a grading kernel: snapshot what the tests rely on, restore it, say what differed.

This file is never imported. ``grading.integrity.KernelGuard`` sends its source to the kernel once,
before the notebook's first cell (no student code has run yet), as a user expression of an
execute_request; it runs in a namespace of its own whose builtins are a copy taken then, so a
student who later patches ``builtins`` or a library does not change how it works. It registers one
class, a direct subclass of ``object`` with a random name, that the grader finds again through
``object.__subclasses__()`` (no name the student can rebind is looked up on the way). Every answer
is signed with a key only the grader and this namespace know; an answer that is not signed right
means the agent was interfered with, and the grader fails the test instead of trusting it.

Events are ``(kind, detail)`` pairs; ``kind`` is one of ``KINDS``, the grader turns it into words.
"""

import asyncio
import atexit
import builtins
import functools
import hashlib
import importlib
import importlib.machinery
import os
import sys
import threading
import types
import zipimport

# Genuine objects, taken before any student code ran; the rest of this file uses only these.
_class_dict = type.__dict__["__dict__"].__get__  # a class's own mappingproxy, whatever its metaclass says
_class_mro = type.__dict__["__mro__"].__get__
_class_flags = type.__dict__["__flags__"].__get__
_module_dict = types.ModuleType.__dict__["__dict__"].__get__
_instance_dict = object.__getattribute__
_set_class_attr = type.__setattr__
_del_class_attr = type.__delattr__
_set_object_attr = object.__setattr__
_sha256 = hashlib.sha256
_gettrace, _settrace, _getprofile, _setprofile = sys.gettrace, sys.settrace, sys.getprofile, sys.setprofile
_monitoring = sys.monitoring
_MONITORING_EVENTS = tuple(
    getattr(_monitoring.events, name) for name in dir(_monitoring.events) if name.isupper() and name != "NO_EVENTS"
)
_threads = threading.enumerate
_running_loop = asyncio._get_running_loop
_all_tasks = asyncio.all_tasks
_import = importlib.import_module
_STANDARD_FINDERS = (importlib.machinery.FileFinder, zipimport.zipimporter, type(None))
_getcwd, _realpath, _sep = os.getcwd, os.path.realpath, os.sep
_FunctionType, _MethodType, _ModuleType = types.FunctionType, types.MethodType, types.ModuleType
_partial = functools.partial
_IMMUTABLE = 1 << 8  # Py_TPFLAGS_IMMUTABLETYPE: built-in and extension types, which nobody can patch
_MISSING = object()

KINDS = ("helpers", "builtins", "modules", "library", "ipython", "tracing", "imports", "names", "background")
# What the tests may rely on besides helpers (importable before Django is configured).
LIBRARY = (
    "django.core.exceptions", "django.db", "django.db.backends.base.base", "django.db.backends.utils",
    "django.db.models", "django.db.models.base", "django.db.models.manager", "django.db.models.query",
    "django.db.models.query_utils", "django.db.models.sql.compiler", "django.db.models.sql.query",
    "django.test.utils", "decimal",
)
# The machinery that runs a cell and reports its result.
MACHINERY = (
    "IPython.core.compilerop", "IPython.core.displayhook", "IPython.core.displaypub", "IPython.core.events",
    "IPython.core.inputtransformer2", "IPython.core.interactiveshell", "ipykernel.displayhook",
    "ipykernel.ipkernel", "ipykernel.kernelbase", "ipykernel.zmqshell",
)
# Settings of the shell that change what a cell's outputs are (nbgrader scores a test cell by its first
# error or result output: displaying every expression would put a result before a failure).
SHELL_SETTINGS = ("ast_node_interactivity", "autocall", "automagic")

_S = {}  # the snapshot: filled by _install, read by _check and _remember


def _kind_of(name):
    """Return the event kind for a change in the module (or class module) called name."""
    if type(name) is not str:
        return "library"
    if name == "helpers" or name.startswith("helpers."):
        return "helpers"
    if name == "builtins":
        return "builtins"
    if name.startswith(("IPython.", "ipykernel.", "traitlets.")):
        return "ipython"
    if name == "__main__":
        return "names"
    return "library"


def _has_get(cls):
    """Tell whether instances of cls are descriptors (functions, properties, ...), without running their code."""
    for base in _class_mro(cls):
        if "__get__" in _class_dict(base):
            return True
    return False


def _behaviour(value):
    """Tell whether value is code rather than data: what a patch replaces."""
    kind = type(value)
    return callable(value) or issubclass(kind, type) or issubclass(kind, _ModuleType) or _has_get(kind)


_class_qualname = type.__dict__["__qualname__"].__get__


def _label(cls):
    """Return 'module.QualName' of a class, read without running its metaclass's code."""
    module = _class_dict(cls).get("__module__", "?")
    return f"{module}.{_class_qualname(cls)}" if type(module) is str else _class_qualname(cls)


def _cell(cell):
    """Return a closure cell's content, or _MISSING when empty."""
    try:
        return cell.cell_contents
    except ValueError:
        return _MISSING


def _snap_function(function, kind, closures):
    """Remember a function's code, defaults and (for the course's own code) closure contents."""
    functions = _S["functions"]
    if id(function) in functions:
        return
    cells = function.__closure__ if closures else None
    contents = tuple(_cell(c) for c in cells) if cells else ()
    label = f"{function.__module__}.{function.__qualname__}"
    functions[id(function)] = (function, function.__code__, function.__defaults__, function.__kwdefaults__,
                               cells or (), contents, kind, label)
    wrapped = _instance_dict(function, "__dict__").get("__wrapped__")
    if type(wrapped) is _FunctionType:
        _snap_function(wrapped, kind, closures)


def _snap_value(value, kind, closures):
    """Remember the code of a class (and its bases) or a function found in a snapshotted namespace."""
    if type(value) is _FunctionType:
        _snap_function(value, kind, closures)
    elif issubclass(type(value), type):
        for cls in _class_mro(value):
            _snap_class(cls, closures)


def _snap_class(cls, closures=False):
    """Remember a Python class's code entries (functions, descriptors, nested classes)."""
    classes = _S["classes"]
    if id(cls) in classes or _class_flags(cls) & _IMMUTABLE:
        return
    kind = _kind_of(_class_dict(cls).get("__module__"))
    items = {k: v for k, v in _class_dict(cls).items() if _behaviour(v)}
    classes[id(cls)] = (cls, items, kind)
    for value in items.values():
        kinds = type(value)
        if kinds is staticmethod or kinds is classmethod:
            value = value.__func__
        if type(value) is property:
            for accessor in (value.fget, value.fset, value.fdel):
                if type(accessor) is _FunctionType:
                    _snap_function(accessor, kind, closures)
        elif type(value) is _FunctionType:
            _snap_function(value, kind, closures)
        elif issubclass(type(value), type):
            _snap_class(value, closures)


def _snap_module(name, module, full):
    """Remember a module's namespace: every entry (full) or its code entries only."""
    if name in _S["modules"] or not issubclass(type(module), _ModuleType):
        return
    namespace = _module_dict(module)
    kind = _kind_of(name)
    items = dict(namespace) if full else {k: v for k, v in namespace.items() if _behaviour(v)}
    _S["modules"][name] = (module, type(module), namespace, items, full, kind)
    for value in items.values():
        _snap_value(value, kind, kind == "helpers")


def _inside(path, roots):
    """Tell whether path lies under one of roots."""
    for root in roots:
        if path == root or path.startswith(root + _sep):
            return True
    return False


def _origin(module):
    """Return the real path of a module's file, or None for built-in and namespace modules."""
    if not issubclass(type(module), _ModuleType):
        return None
    path = _module_dict(module).get("__file__")
    return _realpath(path) if type(path) is str else None


def _check_origin(name, module, events):
    """Report a module the tests rely on that was loaded from outside the Python installation and the course."""
    path = _origin(module)
    if path is not None and not _inside(path, _S["roots"]):
        where = "the submission's directory" if _inside(path, (_S["cwd"],)) else path
        events.append((_kind_of(name) if _kind_of(name) == "helpers" else "modules", f"{name} loaded from {where}"))


def _hook_places(shell, kernel):
    """Return where IPython and ipykernel keep the hooks they consult to run a cell.

    Each place is (label, container dict, key); the value there is a list or a dict.
    """
    shell.input_transformers_post, shell.ast_transformers  # materialise the traits' defaults
    manager = _instance_dict(shell.input_transformer_manager, "__dict__")
    traits = _instance_dict(shell, "__dict__")["_trait_values"]
    places = [
        ("input_transformers_cleanup", manager, "cleanup_transforms"),
        ("input_transformer_manager.line_transforms", manager, "line_transforms"),
        ("input_transformer_manager.token_transformers", manager, "token_transformers"),
        ("input_transformers_post", traits, "input_transformers_post"),
        ("ast_transformers", traits, "ast_transformers"),
    ]
    events = _instance_dict(shell.events, "__dict__")
    places.append(("events.callbacks", events, "callbacks"))
    places += [(f"events.register({name!r})", events["callbacks"], name) for name in events["callbacks"]]
    # Callbacks of post_* events run after a test's code, when its outputs are out: they are removed before
    # each test like the others, but only reported when they change something the after-check sees.
    if kernel is not None:
        places.append(("kernel.shell_handlers", _instance_dict(kernel, "__dict__"), "shell_handlers"))
    return places


def _install(key, token, roots, watch):
    """Take the snapshot (before any student code) and register the agent class; return a signed answer."""
    from IPython.core.getipython import get_ipython

    shell = get_ipython()
    kernel = getattr(shell, "kernel", None)
    cwd = _realpath(_getcwd())
    _S.update(key=key.encode(), roots=tuple(_realpath(r) for r in roots), cwd=cwd, modules={}, classes={},
              functions={}, remembered={}, watch=tuple(watch), shell=shell, kernel=kernel)
    events = []
    # Import the course and the libraries never from the submission's directory (it is on sys.path).
    saved = list(sys.path)
    sys.path[:] = [p for p in saved if p and not _inside(_realpath(p), (cwd,))]
    try:
        helpers = _import("helpers")
        for name in getattr(helpers, "__all__", ()):
            try:
                getattr(helpers, name)  # load lazily imported names now, while they are genuine
            except Exception:  # noqa: BLE001 (a broken name fails its own tests later)
                pass
        for name in LIBRARY + MACHINERY:
            try:
                _import(name)
            except Exception:  # noqa: BLE001 (not importable before setup(): snapshotted when a locked cell imports it)
                pass
    finally:
        sys.path[:] = saved
    modules = sys.modules
    _S["sys.modules"], _S["all modules"] = modules, dict(modules)
    for name, module in list(modules.items()):
        if name == "helpers" or name.startswith("helpers."):
            _snap_module(name, module, full=True)
            _check_origin(name, module, events)
    _snap_module("builtins", builtins, full=True)
    for name in LIBRARY + MACHINERY + tuple(watch):
        if name in modules:
            _snap_module(name, modules[name], full=False)
            _check_origin(name, modules[name], events)
    _snap_module("sys", sys, full=False)
    _snap_class(type(shell))
    if kernel is not None:
        _snap_class(type(kernel))
    # sys.path is not restored: teacher demos extend it, and with ``python -P`` and the origin check of
    # the modules the tests use, an entry a student adds can only reach modules nobody checks.
    _S["sys"] = {name: getattr(sys, name) for name in ("meta_path", "path_hooks")}
    _S["sys copies"] = {name: list(value) for name, value in _S["sys"].items()}
    _S["path_importer_cache"] = dict(sys.path_importer_cache)
    _S["trace"] = (_gettrace(), _getprofile(), threading._trace_hook, threading._profile_hook)
    _S["tools"] = tuple(_monitoring.get_tool(i) for i in range(6))
    own = _instance_dict(shell, "__dict__")
    _S["user_ns"], _S["user_module"], _S["events"] = own["_user_ns"], own["user_module"], own["events"]
    _S["manager"] = shell.input_transformer_manager
    _S["custom_exceptions"] = _instance_dict(shell, "__dict__").get("custom_exceptions", _MISSING)
    _S["settings"] = {name: getattr(shell, name) for name in SHELL_SETTINGS}
    _S["places"] = [(label, container, key, container[key], container[key].copy())
                    for label, container, key in _hook_places(shell, kernel)]
    _S["instances"] = [(label, obj, {k: v for k, v in _instance_dict(obj, "__dict__").items() if callable(v)})
                       for label, obj in (("the IPython shell", shell), ("the kernel", kernel)) if obj is not None]
    _S["threads"] = {id(t) for t in _threads()}
    _S["agent"] = type(f"CourseGradingAgent_{token}", (), {
        "__slots__": (), "check": staticmethod(_check), "remember": staticmethod(_remember)})
    # Nothing else refers to this namespace (object.__subclasses__() holds weak references): keep it alive.
    atexit.register(len, _S)
    return _answer("install", events)


def _same(current, saved):
    """Tell whether two sequences hold the same objects in the same order."""
    return len(current) == len(saved) and all(a is b for a, b in zip(current, saved))


def _restore_trace(events):
    """Remove tracing, profiling and monitoring hooks set since the snapshot."""
    trace, profile, thread_trace, thread_profile = _S["trace"]
    if _gettrace() is not trace:
        _settrace(trace)
        events.append(("tracing", "sys.settrace"))
    if _getprofile() is not profile:
        _setprofile(profile)
        events.append(("tracing", "sys.setprofile"))
    namespace = _module_dict(threading)
    for name, value in (("_trace_hook", thread_trace), ("_profile_hook", thread_profile)):
        if namespace.get(name, _MISSING) is not value:
            namespace[name] = value
            events.append(("tracing", f"threading.{name.strip('_').replace('_hook', '')} hook"))
    for tool, name in enumerate(_S["tools"]):
        current = _monitoring.get_tool(tool)
        if current == name:
            continue
        if current is not None:
            _monitoring.set_events(tool, 0)
            for event in _MONITORING_EVENTS:
                _monitoring.register_callback(tool, event, None)
            _monitoring.free_tool_id(tool)
        if name is not None:
            _monitoring.use_tool_id(tool, name)
        events.append(("tracing", f"sys.monitoring tool {tool}"))


def _restore_modules(events):
    """Put back sys.modules, and every snapshotted module's namespace and class."""
    sys_namespace = _module_dict(sys)
    modules = _S["sys.modules"]
    if sys_namespace.get("modules") is not modules:
        sys_namespace["modules"] = modules
        events.append(("modules", "sys.modules"))
    tracked = _S["modules"]
    for name, module in _S["all modules"].items():
        current = modules.get(name, _MISSING)
        if current is module or current is _MISSING and name not in tracked:
            continue
        modules[name] = module
        kind = _kind_of(name)
        events.append((kind if kind in ("helpers", "builtins") else "modules", f"sys.modules[{name!r}]"))
    for name, (module, cls, namespace, items, full, kind) in tracked.items():
        if type(module) is not cls:
            _set_object_attr(module, "__class__", cls)
            events.append((kind, f"{name}.__class__"))
        for key, value in items.items():
            if namespace.get(key, _MISSING) is not value:
                namespace[key] = value
                events.append((kind, f"{name}.{key}"))
        if full and kind == "helpers":
            for key in list(namespace):
                if key in items or type(key) is not str or key.startswith("__"):
                    continue
                value = namespace[key]
                if issubclass(type(value), _ModuleType) and _module_dict(value).get("__name__") == f"{name}.{key}":
                    continue  # a submodule imported since: its parent package records it
                del namespace[key]
                events.append((kind, f"{name}.{key} (added)"))


def _restore_classes(events):
    """Put back the code entries of snapshotted classes, and remove added ones that override a base's."""
    for cls, items, kind in _S["classes"].values():
        own = _class_dict(cls)
        for key, value in items.items():
            if own.get(key, _MISSING) is not value:
                _set_class_attr(cls, key, value)
                events.append((kind, f"{_label(cls)}.{key}"))
        for key in [k for k in own if k not in items and type(k) is str and _behaviour(own[k])]:
            if any(key in _class_dict(base) for base in _class_mro(cls)[1:]):
                _del_class_attr(cls, key)
                events.append((kind, f"{_label(cls)}.{key} (added)"))


def _restore_functions(events):
    """Put back the code, defaults and closure contents of snapshotted functions."""
    for function, code, defaults, kwdefaults, cells, contents, kind, label in _S["functions"].values():
        changed = False
        if function.__code__ is not code:
            function.__code__ = code
            changed = True
        if function.__defaults__ is not defaults:
            function.__defaults__ = defaults
            changed = True
        if function.__kwdefaults__ is not kwdefaults:
            function.__kwdefaults__ = kwdefaults
            changed = True
        for cell, content in zip(cells, contents):
            if _cell(cell) is not content and content is not _MISSING:
                cell.cell_contents = content
                changed = True
        if changed:
            events.append((kind, f"{label} (its code)"))


def _restore_imports(events):
    """Put back sys.meta_path, sys.path_hooks and the path importer cache."""
    sys_namespace = _module_dict(sys)
    for name, saved in _S["sys"].items():
        copy = _S["sys copies"][name]
        if sys_namespace.get(name) is not saved:
            sys_namespace[name] = saved
            events.append(("imports", f"sys.{name}"))
        if not _same(saved, copy):
            saved[:] = copy
            events.append(("imports", f"sys.{name}"))
    cache = sys.path_importer_cache
    for path, finder in _S["path_importer_cache"].items():
        current = cache.get(path, _MISSING)
        # Gone (importlib.invalidate_caches()) or found again by the standard finders: ordinary imports.
        if current is finder or current is _MISSING or type(current) in _STANDARD_FINDERS:
            continue
        cache[path] = finder
        events.append(("imports", f"sys.path_importer_cache[{path!r}]"))


def _student_made(callback):
    """Tell whether a callback was written in the notebook (its code lives in __main__) or is anonymous."""
    for _ in range(8):
        kind = type(callback)
        if kind is _MethodType:
            callback = callback.__func__
        elif kind is _partial:
            callback = callback.func
        elif kind is _FunctionType:
            return callback.__module__ in ("__main__", None)
        else:
            return _class_dict(kind).get("__module__") in ("__main__", None)
    return True


def _restore_ipython(events):
    """Put back IPython's and ipykernel's hooks and methods as they were before the first cell."""
    shell = _S["shell"]
    namespace = _instance_dict(shell, "__dict__")
    for name, key in (("_user_ns", "user_ns"), ("user_module", "user_module"), ("events", "events"),
                      ("input_transformer_manager", "manager")):
        if name == "input_transformer_manager":
            traits = namespace["_trait_values"]
            if traits.get(name, _MISSING) is not _S[key]:
                traits[name] = _S[key]
                events.append(("ipython", f"get_ipython().{name}"))
        elif namespace.get(name, _MISSING) is not _S[key]:
            namespace[name] = _S[key]
            events.append(("ipython", f"get_ipython().{name}"))
    saved = _S["custom_exceptions"]
    if namespace.get("custom_exceptions", _MISSING) is not saved:
        if saved is _MISSING:
            del namespace["custom_exceptions"]
        else:
            namespace["custom_exceptions"] = saved
        events.append(("ipython", "get_ipython().set_custom_exc"))
    for name, value in _S["settings"].items():
        if getattr(shell, name) != value:
            setattr(shell, name, value)
            events.append(("ipython", f"get_ipython().{name}"))
    for label, container, key, saved, copy in _S["places"]:
        if container.get(key, _MISSING) is not saved:
            container[key] = saved
            events.append(("ipython", f"get_ipython().{label}"))
        if type(copy) is dict:
            if len(saved) != len(copy) or any(saved.get(k, _MISSING) is not v for k, v in copy.items()):
                saved.clear()
                saved.update(copy)
                events.append(("ipython", f"get_ipython().{label}"))
        elif not _same(saved, copy):
            saved[:] = copy
            if "'post_" not in label:
                events.append(("ipython", f"get_ipython().{label}"))
    for label, obj, methods in _S["instances"]:
        own = _instance_dict(obj, "__dict__")
        for key, value in methods.items():
            if own.get(key, _MISSING) is not value:
                own[key] = value
                events.append(("ipython", f"{label}: {key}"))
        for key in [k for k, v in own.items() if k not in methods and callable(v)]:
            del own[key]
            events.append(("ipython", f"{label}: {key} (added)"))


def _restore_names(reads, events):
    """Put back the names the test reads that locked cells bound; unshadow the builtins it reads."""
    namespace = _S["user_ns"]
    if namespace.get("__builtins__") is not builtins:
        namespace["__builtins__"] = builtins
        events.append(("builtins", "the notebook's __builtins__"))
    remembered = _S["remembered"]
    genuine = _S["modules"]["builtins"][3]
    for name in reads:
        if name in remembered:
            if namespace.get(name, _MISSING) is not remembered[name]:
                namespace[name] = remembered[name]
                events.append(("names", name))
        elif name in genuine and name in namespace:
            del namespace[name]
            events.append(("builtins", f"{name} (shadowed by a notebook variable)"))


def _check_binds(binds, events):
    """After a test: the names it imported must still be the genuine objects (restore them if not)."""
    namespace = _S["user_ns"]
    for name, module, attribute in binds:
        entry = _S["modules"].get(module)
        if entry is None or attribute not in entry[3]:
            continue
        value = entry[3][attribute]
        if namespace.get(name, _MISSING) is not value:
            namespace[name] = value
            events.append((entry[5], f"{name} (rebound while the test ran)"))


def _report_background(events):
    """Report threads, asyncio tasks and loop callbacks running code written in the notebook."""
    for thread in _threads():
        if id(thread) in _S["threads"]:
            continue
        state = _instance_dict(thread, "__dict__")
        target = state.get("_target") or _class_dict(type(thread)).get("run")
        if target is not None and _student_made(target):
            events.append(("background", f"thread {state.get('_name', '?')}"))
    loop = _running_loop()
    if loop is None:
        return
    for task in _all_tasks(loop):
        frame = getattr(task.get_coro(), "cr_frame", None)
        if frame is not None and frame.f_globals.get("__name__") == "__main__":
            events.append(("background", "an asyncio task"))
    state = _instance_dict(loop, "__dict__")
    for handle in list(state.get("_ready", ())) + list(state.get("_scheduled", ())):
        callback = getattr(handle, "_callback", None)
        if callback is not None and not getattr(handle, "_cancelled", False) and _student_made(callback):
            events.append(("background", "an asyncio callback"))


def _late_snapshot():
    """Snapshot the watched modules that were not importable at install and are imported now (by a locked cell)."""
    modules = _S["sys.modules"]
    for name in _S["watch"]:
        if name not in _S["modules"] and name in modules:
            _snap_module(name, modules[name], full=False)


def _check(nonce, mode, reads=(), binds=()):
    """Restore the snapshot and return a signed list of what differed.

    mode is "before" (a test cell is about to run: reads are the names it reads) or
    "after" (a test cell has run: binds are (name, module, attribute) it imported).
    """
    events = []
    _restore_trace(events)
    _restore_modules(events)
    _restore_classes(events)
    _restore_functions(events)
    _restore_imports(events)
    _restore_ipython(events)
    _restore_names(reads, events)
    _check_binds(binds, events)
    for name in _S["watch"]:
        module = _S["sys.modules"].get(name)
        if module is not None:
            _check_origin(name, module, events)
    _report_background(events)
    return _answer(nonce, events)


def _remember(nonce, names):
    """Remember the values of names a locked cell (or a test cell) has just bound."""
    namespace, remembered = _S["user_ns"], _S["remembered"]
    for name in names:
        value = namespace.get(name, _MISSING)
        if value is _MISSING:
            continue
        remembered[name] = value
        if issubclass(type(value), type):
            for cls in _class_mro(value):
                _snap_class(cls)
    _late_snapshot()
    return _answer(nonce, [])


def _answer(nonce, events):
    """Return repr((nonce, events)) and its keyed digest, which only the grader can check."""
    unique = []
    for event in events:
        if event not in unique:
            unique.append(event)
    body = repr((nonce, unique))
    key = _S["key"]
    digest = _sha256(key + _sha256(key + body.encode("utf-8", "backslashreplace")).digest()).hexdigest()
    return body + "|" + digest
