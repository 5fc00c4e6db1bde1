"""Tests of what the bootstrap cell loads and what it leaves behind, in fresh Python processes."""

import os
import subprocess
import sys
import textwrap

import helpers

GRADING = {"nbgrader", "nbclient", "sqlalchemy", "alembic", "matplotlib", "tqdm", "grading"}


def _python(code, tmp_path, **env):
    """Run code in a fresh Python (not under nbgrader) in tmp_path; return its stdout."""
    environ = {k: v for k, v in os.environ.items() if k != "NBGRADER_EXECUTION"}
    environ.update(env)
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=tmp_path, env=environ,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    return proc.stdout


def test_setup_migrates_and_starts_with_no_recorded_query(tmp_path):
    out = _python("""
        from django.db import connection
        from helpers import setup
        setup()
        print(len(connection.queries), "auth_user" in connection.introspection.table_names())
    """, tmp_path)
    assert out == "0 True\n"


def test_public_names_load_lazily_and_are_listed():
    assert set(helpers._SOURCES) == set(helpers.__all__)
    assert set(helpers.__all__) <= set(dir(helpers))


def test_import_helpers_loads_neither_django_test_nor_ipywidgets(tmp_path):
    out = _python("""
        import sys
        import helpers
        print(sorted(m for m in sys.modules if m.startswith(("django.test", "ipywidgets"))))
    """, tmp_path)
    assert out == "[]\n"


def test_setup_loads_no_grading_code(tmp_path):
    out = _python(f"""
        import sys
        from helpers import setup
        setup()
        print(sorted({{m.split(".")[0] for m in sys.modules}} & {GRADING!r}))
        import helpers
        for name in helpers.__all__:  # every public name a notebook can use
            getattr(helpers, name)
        print(sorted({{m.split(".")[0] for m in sys.modules}} & {GRADING!r}))
    """, tmp_path)
    assert out == "[]\n[]\n"


def test_public_names_still_cannot_be_replaced(tmp_path):
    out = _python("""
        import helpers
        for name in ("check", "setup"):  # not loaded yet, then loaded
            try:
                setattr(helpers, name, None)
            except AttributeError as exc:
                print(exc)
        helpers.setup()
        try:
            helpers.setup = None
        except AttributeError as exc:
            print(exc)
        print(callable(helpers.check) and callable(helpers.setup))
    """, tmp_path)
    assert out.splitlines() == [
        "helpers.check belongs to the course and cannot be replaced",
        "helpers.setup belongs to the course and cannot be replaced",
        "helpers.setup belongs to the course and cannot be replaced",
        "True",
    ]


def test_setup_after_a_failed_setup_says_to_restart(tmp_path):
    out = _python("""
        from helpers import setup
        try:
            setup(apps=["no_such_app"])
        except ImportError as exc:
            print(type(exc).__name__)
        try:
            setup()
        except RuntimeError as exc:
            print(exc)
    """, tmp_path)
    assert out.splitlines() == [
        "ModuleNotFoundError",
        "Django was configured in this kernel by a setup() that failed; restart the kernel "
        "(Kernel > Restart Kernel) and run the notebook from the top.",
    ]
