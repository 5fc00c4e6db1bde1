"""Benchmark: serial `nbgrader autograde` against `course-grade`, and the sandbox's cost.

Usage: python benchmarks/grading.py [--students 40] [--assignment 03_orm] [--workers N]

Builds N submissions (a mix of right answers, blank releases and one wrong answer per
exercise, from tests/mutants/) and grades them three ways, each in its own copy of the
course: serial `nbgrader autograde`, `course-grade`, and `course-grade` with the sandbox
off (COURSE_SANDBOX=off). It checks that every student gets the same score every way and
prints two wall-time ratios: serial / course-grade (target on a 2-core machine: >= 1.7 at
N = 40 for 03_orm) and sandboxed / unsandboxed course-grade (target <= 1.15). The first two
runs use the course's sandbox setting (sandboxed when bubblewrap works here).
Run it from the repository root inside the course environment (`make test` creates it).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook

ROOT = Path(__file__).resolve().parent.parent


def _env(home):
    """Return an environment with the venv first on PATH (nbgrader runs alembic) and a private HOME."""
    env = dict(os.environ, HOME=str(home), JUPYTER_DATA_DIR=str(home / "data"), JUPYTER_CONFIG_DIR=str(home / "cfg"))
    env["PATH"] = os.pathsep.join([os.path.dirname(sys.executable), env.get("PATH", "")])
    return env


def _run(cmd, cwd, env):
    """Run a command and return its wall time in seconds; stop with its output if it fails badly."""
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return elapsed


def _class(assignment, n):
    """Return {student: notebook}: right answers, blank releases and each exercise's wrong answer in turn."""
    source = nbformat.read(ROOT / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    blank = nbformat.read(ROOT / "release" / assignment / f"{assignment}.ipynb", as_version=4)
    mutants = sorted((ROOT / "tests" / "mutants" / assignment).glob("*.py"))
    students = {}
    for i in range(n):
        if i % 4 == 0:
            nb = blank
        elif i % 4 == 1 or not mutants:
            nb = source
        else:
            path = mutants[i % len(mutants)]
            nb = nbformat.from_dict(source)
            for cell in nb.cells:
                if cell.metadata.get("nbgrader", {}).get("grade_id") == path.stem:
                    cell.source = path.read_text()
        students[f"s{i:03d}"] = nb
    return students


def _course(base, name, assignment, students, env):
    """Make a course copy with the release generated and every submission in place."""
    course = base / name
    course.mkdir()
    shutil.copy(ROOT / "nbgrader_config.py", course)
    shutil.copytree(ROOT / "source", course / "source")
    subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", assignment, "--force"],
                   cwd=course, env=env, check=True, capture_output=True)
    for student, nb in students.items():
        folder = course / "submitted" / student / assignment
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{assignment}.ipynb")
    return course


def _scores(course, assignment, students):
    """Return {student: score} from a course's gradebook."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="django-interview-lab") as gb:
        return {s: gb.find_submission(assignment, s).score for s in students}


def main():
    """Build the class, grade it both ways, compare and print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--assignment", default="03_orm")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    students = _class(args.assignment, args.students)
    with tempfile.TemporaryDirectory(prefix="grading-bench-") as tmp:
        base = Path(tmp)
        env = _env(base / "home")
        courses = {name: _course(base, name, args.assignment, students, env) for name in ("serial", "course", "off")}
        print(f"{args.students} submissions of {args.assignment}, {os.cpu_count()} cores", flush=True)
        grade = [sys.executable, "-m", "grading.cli", args.assignment, "--no-feedback", "--no-progress",
                 "--workers", str(args.workers)]
        serial = _run([sys.executable, "-m", "nbgrader", "autograde", args.assignment], courses["serial"], env)
        print(f"serial nbgrader autograde:          {serial:7.1f} s", flush=True)
        parallel = _run(grade, courses["course"], env)
        print(f"course-grade ({args.workers} workers):          {parallel:7.1f} s (includes the report)", flush=True)
        unsandboxed = _run(grade, courses["off"], dict(env, COURSE_SANDBOX="off"))
        print(f"course-grade, COURSE_SANDBOX=off:   {unsandboxed:7.1f} s", flush=True)
        scores = {name: _scores(course, args.assignment, students) for name, course in courses.items()}
        differ = {s: [scores[n][s] for n in scores] for s in students if len({scores[n][s] for n in scores}) > 1}
        print(f"scores identical: {'yes' if not differ else 'NO ' + repr(differ)}")
        print(f"ratio serial / course-grade: {serial / parallel:.2f} (target >= 1.7)")
        print(f"ratio sandboxed / unsandboxed course-grade: {parallel / unsandboxed:.2f} (target <= 1.15)")
        return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
