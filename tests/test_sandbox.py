"""Untrusted submissions graded in the bubblewrap sandbox: each attack gets nowhere, honest cells still count."""

import os
import shutil
import socket
import subprocess

import pytest

from course import (
    ROOT,
    apt_install,
    copy_course,
    course_grade,
    grade_cells,
    gradebook,
    nbgrader,
    read_notebook,
    source_notebook,
    with_cell_replaced,
    write_submission,
)
from grading import sandbox

pytestmark = pytest.mark.slow  # grades or executes notebooks: `make check` leaves it out

ASSIGNMENT = "03_orm"
MAX = sum(grade_cells(read_notebook(source_notebook(ASSIGNMENT))).values())
HIDDEN = "a lookup across the FK"  # text that exists only in source/ (a hidden test)
assert HIDDEN in source_notebook(ASSIGNMENT).read_text(encoding="utf-8"), "pick a HIDDEN text of source/'s hidden tests"


@pytest.fixture(scope="module")
def bubblewrap():
    """Make sure bubblewrap works here: install Debian's package when root and missing, else skip saying why."""
    problem = apt_install("bubblewrap", lambda: shutil.which("bwrap") is not None)
    if problem:
        pytest.skip(f"bubblewrap is not installed and cannot be installed here: {problem}")
    try:
        sandbox.check()
    except sandbox.SandboxUnavailable as exc:
        pytest.skip(f"no sandbox on this machine: {exc}")


def _attack(code):
    """Return an answer cell for safe_get that first runs code (reporting what it got) and then answers right."""
    return (
        "import os, socket, sys\n"
        f"try:\n{_indent(code)}\nexcept Exception as exc:\n    print('blocked:', type(exc).__name__, exc)\n\n"
        "def safe_get(model, **lookup):\n"
        "    try:\n        return model.objects.get(**lookup)\n"
        "    except model.DoesNotExist:\n        return None\n"
    )


def _indent(code):
    return "\n".join("    " + line for line in code.splitlines())


def _listener():
    """Return a TCP socket listening on 127.0.0.1 (a server a student could try to reach)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    return server


@pytest.fixture(scope="module")
def graded(bubblewrap, tmp_path_factory):
    """Grade one honest and several hostile submissions with COURSE_SANDBOX=required."""
    server = _listener()
    port = server.getsockname()[1]
    course = copy_course(tmp_path_factory.mktemp("sandbox") / "course")
    nbgrader(course, "generate_assignment", ASSIGNMENT, "--force")
    source = read_notebook(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    attacks = {
        "read-source": "print(open('../../../source/03_orm/03_orm.ipynb').read())",
        "read-source-abs": f"print(open({str(course / 'source' / ASSIGNMENT / (ASSIGNMENT + '.ipynb'))!r}).read())",
        "gradebook": "os.remove('../../../gradebook.db')",
        "gradebook-write": f"open({str(course / 'gradebook.db')!r}, 'wb').write(b'0')",
        "other-student": "print(open('../../../submitted/honest/03_orm/03_orm.ipynb').read()[:100])",
        "home": "print(os.listdir(os.path.expanduser('~root')), open('/root/.bashrc').read())",
        "network": f"socket.create_connection(('127.0.0.1', {port}), timeout=3); print('connected to the host')",
        "fork-bomb": (
            "import time\npids = []\ntry:\n    while len(pids) < 100000:\n        pid = os.fork()\n"
            "        if pid == 0:\n            time.sleep(60)\n            os._exit(0)\n        pids.append(pid)\n"
            "finally:\n    print('forked', len(pids))\n    for pid in pids:\n        os.kill(pid, 9)\n"
            "        os.waitpid(pid, 0)"
        ),
        "memory": "hog = []\nwhile True:\n    hog.append(bytearray(100 * 2**20))",
    }
    students = {"honest": source, **{name: with_cell_replaced(source, "safe_get", _attack(code))
                                     for name, code in attacks.items()}}
    for student, nb in students.items():
        write_submission(course, ASSIGNMENT, student, nb)
    proc = course_grade(course, ASSIGNMENT, "--workers", 2, "--timeout", 20, COURSE_SANDBOX="required")
    server.close()
    return course, proc, attacks


def _outputs(course, student):
    """Return the text of every output of the student's autograded notebook."""
    nb = read_notebook(course / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            texts.append(output.get("text", "") + output.get("evalue", "") + str(output.get("data", "")))
    return "\n".join(texts)


def test_grading_ran(graded):
    _, proc, attacks = graded
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "NOT ISOLATED" not in proc.stderr


@pytest.mark.parametrize("student", ["honest", "read-source", "read-source-abs", "gradebook", "gradebook-write",
                                     "other-student", "home", "network", "fork-bomb", "memory"])
def test_every_submission_keeps_its_honest_points(graded, student):
    course, proc, _ = graded
    with gradebook(course) as gb:
        score = gb.find_submission(ASSIGNMENT, student).score
    assert score == MAX, f"{student}: expected {MAX}, got {score}\n{proc.stdout}"


@pytest.mark.parametrize("student", ["read-source", "read-source-abs", "gradebook", "gradebook-write",
                                     "other-student", "home", "network"])
def test_attack_is_blocked(graded, student):
    course, _, _ = graded
    out = _outputs(course, student)
    assert "blocked:" in out, out[-2000:]
    assert HIDDEN not in out and "BEGIN HIDDEN TESTS" not in out
    assert "connected to the host" not in out


def test_gradebook_is_intact(graded):
    course, _, _ = graded
    with gradebook(course) as gb:
        assert {s.id for s in gb.students} >= {"honest", "gradebook", "gradebook-write"}


def test_fork_bomb_is_limited(graded):
    course, _, _ = graded
    out = _outputs(course, "fork-bomb")
    forked = int(out.split("forked ", 1)[1].split()[0])
    assert 0 < forked < int(os.environ.get("COURSE_SANDBOX_PROCESSES", "256")), out[-500:]


def test_memory_is_limited(graded):
    course, _, _ = graded
    assert "blocked: MemoryError" in _outputs(course, "memory")


def test_the_kernel_runs_as_an_unprivileged_user(bubblewrap, tmp_path):
    probe = sandbox.command(["sh", "-c", "id -u; ls /work 2>&1; echo > /etc/passwd"], tmp_path, tmp_path)
    proc = subprocess.run(probe, capture_output=True, text=True)
    assert proc.stdout.split()[0] != "0"
    assert "Read-only file system" in proc.stderr or "Permission denied" in proc.stderr
