"""Benchmark: the notebook bootstrap against bare Django, each timed in a fresh Jupyter kernel.

Usage: python benchmarks/bootstrap.py [--runs 9]

Every run starts new kernels (ipykernel, so IPython is loaded as in JupyterLab) and times
one cell in each, from its first import to the end of the bootstrap:
- bare: ``settings.configure()`` with the shared-cache memory SQLite database and the same
  apps as the course (the contrib apps and DRF; not the notebook app, which lives in the
  course package), ``django.setup()`` and ``call_command("migrate")``;
- setup(): ``from helpers import setup; setup()``, the first cell of every notebook.
It prints the median of each and their ratio (target <= 1.2). Kernels of a run start in
alternating order, since other work on the machine slows whichever runs beside it; the
medians are what to compare.
Run it from the repository root inside the course environment (`make test` creates it).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from jupyter_client.manager import KernelManager

from helpers._bootstrap import _base_settings

# The course's apps without the notebook app, which lives in the course package.
BARE_APPS = [a for a in _base_settings(Path("."))["INSTALLED_APPS"] if not a.startswith("helpers.")]

BARE = f"""
import os
import django
from django.conf import settings
from django.core.management import call_command
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
settings.configure(
    DATABASES={{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": "file:bare?mode=memory&cache=shared"}}}},
    INSTALLED_APPS={BARE_APPS!r},
)
django.setup()
call_command("migrate", verbosity=0, interactive=False)
"""

SETUP = """
from helpers import setup; setup()
"""

# Printed after the timed code, untimed: proves both kernels built the same apps and tables.
REPORT = """
from django.conf import settings as _settings
from django.db import connection as _connection
print([a for a in _settings.INSTALLED_APPS if not a.startswith("helpers.")])
print(sorted(_connection.introspection.table_names()))
"""


def _timed(code):
    """Return cell code that runs code and prints its wall time first."""
    timed = f"import time as _time\n_started = _time.perf_counter()\n{code}\nprint(_time.perf_counter() - _started)\n"
    return timed + REPORT


def _run_in_kernel(code, workdir):
    """Start a kernel in workdir, run code in it and return its stdout lines."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([os.path.dirname(sys.executable), env.get("PATH", "")])
    env.pop("NBGRADER_EXECUTION", None)
    km = KernelManager(kernel_name="python3")
    km.start_kernel(env=env, cwd=str(workdir), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out, errors = [], []

    def hook(msg):
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream" and content["name"] == "stdout":
            out.append(content["text"])
        elif kind == "stream" or kind == "error":
            errors.append(content.get("text") or "\n".join(content.get("traceback", [])))

    try:
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=60)
        kc.execute_interactive(code, timeout=120, output_hook=hook)
        kc.stop_channels()
    finally:
        km.shutdown_kernel(now=True)
    if errors:
        sys.exit("a kernel wrote to stderr or failed:\n" + "".join(errors))
    return "".join(out).splitlines()


def main():
    """Time bare Django and setup() in fresh kernels and print the medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    variants = {"bare": BARE, "setup()": SETUP}
    times = {name: [] for name in variants}
    with tempfile.TemporaryDirectory(prefix="bootstrap-bench-") as tmp:
        seen = {}
        names = list(variants)
        for run in range(args.runs):
            for name in names[run % 2:] + names[: run % 2]:
                lines = _run_in_kernel(_timed(variants[name]), Path(tmp))
                times[name].append(float(lines[0]))
                seen.setdefault(name, lines[1:])
        if len({tuple(lines) for lines in seen.values()}) != 1:
            sys.exit(f"the kernels did not build the same apps and tables: {seen}")
    print(f"{args.runs} runs, fresh kernel each, {os.cpu_count()} cores; median (min-max) seconds:")
    for name, values in times.items():
        print(f"  {name:26} {statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f})")
    ratio = statistics.median(times["setup()"]) / statistics.median(times["bare"])
    print(f"ratio setup() / bare: {ratio:.2f} (target <= 1.2)")
    return 0 if ratio <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
