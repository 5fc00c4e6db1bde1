"""A real, throwaway PostgreSQL server for tests (no tests here).

Use it from a test module::

    from postgres import postgres_url, postgres_db  # import both to use postgres_db

    def test_something(postgres_db):  # a fresh, empty database per test
        ...

``postgres_url`` (session scope, so once per xdist worker) starts a private server from Debian's
``postgresql`` package and yields ``postgresql+psycopg://postgres@127.0.0.1:<port>/gradebook``.
``postgres_db`` (function scope) gives each test its own empty database on that server, and
``new_database(url, name)`` does the same by hand. Where no server can be had, every test using them is
skipped with the reason (run pytest with ``-rs`` to see it).

How the server is found and run:
- the binaries are taken from ``/usr/lib/postgresql/<newest>/bin``, never from PATH (``/usr/local/bin`` may
  hold unrelated wrappers or links);
- if they are missing and we are root with apt-get, the ``postgresql`` package is installed, and any system
  cluster the install started (Debian's "main" on port 5432) is stopped again;
- initdb and the server refuse to run as root: as root they run as the ``postgres`` system user, and the
  cluster lives in a private directory under the system temp dir instead of pytest's tmp dir, because
  pytest's ``/tmp/pytest-of-root`` is mode 0700 and the ``postgres`` user could not reach it;
- the server listens on 127.0.0.1 only, on a free port (never 5432), with its unix socket in the cluster's
  directory, trust authentication and fsync off; it is stopped with ``pg_ctl -m immediate stop`` at the end.
"""

import os
import pwd
import shlex
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from course import SBIN_PATH, apt_install, free_port
from helpers._postgres import BINARIES, PG_LIB, find_bindir as _find_bindir  # one search, shared with notebooks

SERVER_USER = "postgres"  # the system user the server runs as when we are root
DATABASE = "gradebook"  # the database postgres_url points at
START_TIMEOUT = 60  # seconds pg_ctl waits for the server to accept connections


def _which(name):
    """``name`` on PATH or in the standard system directories (CI's PATH may lack /usr/sbin)."""
    return shutil.which(name) or shutil.which(name, path=SBIN_PATH)


def _tail(text, lines=20):
    text = text.decode(errors="replace") if isinstance(text, bytes) else (text or "")
    return "\n".join(text.strip().splitlines()[-lines:])


def _online_clusters():
    """Debian's system clusters that are running, as {(version, name)} (empty without postgresql-common)."""
    lsclusters = _which("pg_lsclusters")
    if not lsclusters:
        return set()
    out = subprocess.run([lsclusters, "--no-header"], capture_output=True, text=True, timeout=60).stdout
    rows = [line.split() for line in out.splitlines()]  # Ver Cluster Port Status Owner Data-dir Log
    return {(row[0], row[1]) for row in rows if len(row) > 3 and row[3] == "online"}


def _install_postgresql():
    """Install Debian's postgresql package; return None on success, else why it failed."""
    running_before = _online_clusters()
    problem = apt_install("postgresql", lambda: _find_bindir() is not None)
    # Where a service manager exists, the package creates and starts a "main" cluster on port 5432; we do not
    # use it (our server has its own port), so stop whatever our install started rather than leave it running.
    for version, name in _online_clusters() - running_before:
        subprocess.run([_which("pg_ctlcluster") or "pg_ctlcluster", version, name, "stop"],
                       capture_output=True, timeout=120)
    return problem


def _server_binaries():
    """The bin directory of the server binaries, installing them if needed and allowed; skips otherwise."""
    bindir = _find_bindir()
    if bindir:
        return bindir
    if os.geteuid() != 0:
        pytest.skip(f"PostgreSQL server binaries ({', '.join(BINARIES)}) not found in {PG_LIB}/<version>/bin "
                    "and cannot be installed: not root (install Debian's `postgresql` package)")
    problem = _install_postgresql()  # under a lock shared with the other workers and tests
    if problem:
        pytest.skip(f"PostgreSQL server binaries not found in {PG_LIB}/<version>/bin and cannot be installed: {problem}")
    bindir = _find_bindir()
    if not bindir:
        pytest.skip(f"the `postgresql` package was installed but {', '.join(BINARIES)} are still not in "
                    f"{PG_LIB}/<version>/bin")
    return bindir


def new_database(url, name):
    """Create the empty database ``name`` on the server of ``url``; return the URL of the new database."""
    from sqlalchemy import create_engine, make_url, text

    url = make_url(url)
    engine = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text('CREATE DATABASE "{}"'.format(name.replace('"', '""'))))
    finally:
        engine.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory):
    """URL of the empty database ``gradebook`` on a private PostgreSQL server that lives for the session."""
    bindir = _server_binaries()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}  # no PGDATA, PGPORT... from outside
    env["LC_ALL"] = "C"

    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam(SERVER_USER)
        except KeyError:
            pytest.skip(f"running as root and there is no {SERVER_USER!r} system user to run PostgreSQL as "
                        "(initdb refuses to run as root)")
        runuser = _which("runuser")
        as_user = [runuser, "-u", SERVER_USER, "--"] if runuser else None
        # pytest's tmp dirs are private to root (mode 0700): the postgres user needs its own directory.
        workdir = Path(tempfile.mkdtemp(prefix="pytest-postgres-"))
        os.chown(workdir, user.pw_uid, user.pw_gid)
    else:
        as_user, user = [], None
        workdir = tmp_path_factory.mktemp("postgres")
    datadir = workdir / "data"

    def run(*args, timeout):
        """Run a server binary (as the postgres user when we are root); return the CompletedProcess."""
        cmd = [str(bindir / args[0]), *map(str, args[1:])]
        if as_user is None:  # no runuser: fall back to su
            cmd = [_which("su") or "su", SERVER_USER, "-s", "/bin/sh", "-c", shlex.join(cmd)]
        else:
            cmd = as_user + cmd
        return subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=timeout)

    def pg_ctl_stop():
        if (datadir / "postmaster.pid").exists():
            run("pg_ctl", "-D", datadir, "-m", "immediate", "-w", "stop", timeout=60)

    try:
        # 1. the cluster: superuser "postgres", trust authentication, C locale (exists everywhere).
        try:
            proc = run("initdb", "-D", datadir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C",
                       "--no-sync", timeout=180)
        except subprocess.TimeoutExpired:
            pytest.skip("PostgreSQL initdb timed out after 180s")
        if proc.returncode != 0:
            pytest.skip(f"PostgreSQL initdb failed (exit {proc.returncode}):\n{_tail(proc.stdout + proc.stderr)}")

        # 2. the server: 127.0.0.1 on a free port, socket in workdir, no durability (a throwaway).
        for attempt in range(3):  # another process may grab the free port before the server binds it
            port = free_port()
            with open(datadir / "postgresql.conf", "a") as conf:
                conf.write(f"\nlisten_addresses = '127.0.0.1'\nport = {port}\n"
                           f"unix_socket_directories = '{workdir}'\n"
                           "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
            log = workdir / f"server-{port}.log"
            try:
                proc = run("pg_ctl", "-D", datadir, "-l", log, "-w", "-t", START_TIMEOUT, "start",
                           timeout=START_TIMEOUT + 30)
                ok, output = proc.returncode == 0, proc.stdout + proc.stderr
            except subprocess.TimeoutExpired:
                ok, output = False, f"pg_ctl start did not return within {START_TIMEOUT + 30}s"
            if ok:
                break
            log_tail = _tail(log.read_text(errors="replace")) if log.exists() else "(no server log)"
            pg_ctl_stop()
            if "already in use" not in log_tail or attempt == 2:
                pytest.skip(f"PostgreSQL server failed to start on 127.0.0.1:{port}:\n{_tail(output)}\n"
                            f"server log ({log}):\n{log_tail}")

        # 3. the database.
        server = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        try:
            url = new_database(server, DATABASE)
        except Exception as exc:
            pytest.skip(f"PostgreSQL server started on 127.0.0.1:{port} but creating database {DATABASE!r} "
                        f"failed: {exc!r}")
        yield url
    finally:
        pg_ctl_stop()  # always, even when a step above skipped or a test failed
        if user is not None:  # our own directory outside pytest's tmp dir: remove it
            shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def postgres_db(postgres_url):
    """URL of a fresh, empty database on the session's server (one per test, so no two share a gradebook)."""
    return new_database(postgres_url, f"test_{uuid.uuid4().hex[:12]}")
