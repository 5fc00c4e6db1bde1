"""helpers' private PostgreSQL server (module 16 runs its row-lock cells on it), tried for real where it can be had.

Each test runs the helper in a fresh Python process, as a notebook kernel would: the server belongs to that
process and must be gone when it exits.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import _postgres

pytestmark = pytest.mark.skipif(_postgres.find_bindir() is None, reason="no PostgreSQL server binaries here")


def in_a_kernel(code):
    """Run code after ``from helpers import _postgres`` in a new process; return what it printed (one JSON line)."""
    proc = subprocess.run([sys.executable, "-c", "import json\nfrom helpers import _postgres\n" + code],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_private_server_with_an_empty_database_stopped_with_the_kernel():
    seen = in_a_kernel(
        "import psycopg\n"
        "entry = _postgres.postgres_database()\n"
        "assert entry is not None, _postgres.postgres_problem()\n"
        "with psycopg.connect(host=entry['HOST'], port=entry['PORT'], user=entry['USER'], dbname=entry['NAME']) as c:\n"
        "    tables = c.execute(\"select count(*) from pg_tables where schemaname = 'public'\").fetchone()[0]\n"
        "again = _postgres.postgres_database()\n"
        "print(json.dumps({'entry': entry, 'again': again, 'tables': tables, 'problem': _postgres.postgres_problem(),\n"
        "                  'dir': str(_postgres._state['dir'])}))\n"
    )
    entry = seen["entry"]
    assert entry["ENGINE"] == "django.db.backends.postgresql" and entry["HOST"] == "127.0.0.1"
    assert entry["PORT"] != "5432" and seen["again"] == entry  # one server per kernel
    assert seen["tables"] == 0 and seen["problem"] is None
    assert not Path(seen["dir"]).exists(), "the server's directory must be removed when the kernel exits"
    import psycopg

    with pytest.raises(psycopg.OperationalError):  # stopped with the kernel
        psycopg.connect(host="127.0.0.1", port=entry["PORT"], user="postgres", dbname="postgres", connect_timeout=2)


def test_no_binaries_gives_none_and_says_why():
    seen = in_a_kernel(
        "_postgres.PG_LIB = _postgres.PG_LIB / 'nowhere'\n"
        "print(json.dumps({'entry': _postgres.postgres_database(), 'problem': _postgres.postgres_problem()}))\n"
    )
    assert seen["entry"] is None
    assert "no PostgreSQL server binaries" in seen["problem"] and "apt-get install postgresql" in seen["problem"]


def test_the_server_runs_as_the_postgres_user_when_root(tmp_path):
    command = _postgres.server_command(Path("/bin"), "initdb", "-D", tmp_path)
    assert command[-3:] == ["/bin/initdb", "-D", str(tmp_path)] or "initdb" in command[-1]
    if _postgres.os.geteuid() == 0:
        assert _postgres.SERVER_USER in command
    else:
        assert command == ["/bin/initdb", "-D", str(tmp_path)]
