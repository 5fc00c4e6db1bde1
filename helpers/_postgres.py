"""A private PostgreSQL server for a notebook: one per kernel, on 127.0.0.1, stopped with the kernel.

``postgres_database()`` starts a server from the binaries of Debian's ``postgresql`` package (the newest
``/usr/lib/postgresql/<version>/bin``) when they are installed, creates an empty database on it and returns a
Django ``DATABASES`` entry for it (``ENGINE`` ``django.db.backends.postgresql``, psycopg 3), or None;
``postgres_problem()`` then says why and how to get one. The server listens on 127.0.0.1 on a free port (never
5432) and on a Unix socket in its own temp dir, trusts local connections, and keeps nothing worth keeping
(``fsync`` off). ``initdb`` and the server refuse to run as root: as root they run as the ``postgres`` system
user. It is stopped when the kernel exits (``stop_postgres()`` stops it sooner); a server left by a kernel that
was killed is stopped by the next kernel that starts one.
"""

import atexit
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

from ._process import sweep_left_behind

PG_LIB = Path("/usr/lib/postgresql")  # Debian's layout: /usr/lib/postgresql/<version>/bin
BINARIES = ("initdb", "pg_ctl", "postgres")
SERVER_USER = "postgres"  # the system user the server runs as when we are root
PREFIX = "django-lab-postgres-"  # temp dir of a server: <PREFIX><kernel pid>-<random>
DATABASE = "lab"
START_TIMEOUT = 30  # seconds pg_ctl waits for the server to accept connections
SBIN_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
HOW_TO_GET = ("install PostgreSQL's server (Debian/Ubuntu: `sudo apt-get install postgresql`), "
              "then restart the kernel")

_state = {"bindir": None, "dir": None, "datadir": None, "as_user": None, "settings": None, "problem": None, "registered": False}


def find_bindir():
    """Return the newest ``/usr/lib/postgresql/<version>/bin`` holding initdb, pg_ctl and postgres, or None."""
    def version(path):
        return tuple(int(n) for n in re.findall(r"\d+", path.parent.name))

    candidates = [p / "bin" for p in PG_LIB.glob("*") if re.fullmatch(r"[\d.]+", p.name)]
    for bindir in sorted(candidates, key=version, reverse=True):
        if all(os.access(bindir / b, os.X_OK) for b in BINARIES):
            return bindir
    return None


def server_command(bindir, *args):
    """Return the command that runs a server binary with args, as the ``postgres`` user when we are root.

    Raises LookupError when we are root and there is no ``postgres`` system user to run it as.
    """
    command = [str(bindir / args[0]), *map(str, args[1:])]
    if os.geteuid() != 0:
        return command
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        raise LookupError(f"running as root and there is no {SERVER_USER!r} system user to run PostgreSQL as "
                          "(initdb and postgres refuse to run as root)") from None
    runuser = shutil.which("runuser") or shutil.which("runuser", path=SBIN_PATH)
    if runuser:
        return [runuser, "-u", SERVER_USER, "--", *command]
    return [shutil.which("su") or "su", SERVER_USER, "-s", "/bin/sh", "-c", shlex.join(command)]


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _postmaster(folder):
    """The pid of the server a kernel left in folder (first line of postmaster.pid), and its data dir."""
    return int((folder / "data" / "postmaster.pid").read_text().split()[0]), folder / "data"


def stop_postgres():
    """Stop the kernel's PostgreSQL server, if one runs, and remove its temp dir."""
    folder, datadir, bindir = _state["dir"], _state["datadir"], _state["bindir"]
    _state.update(dir=None, datadir=None, settings=None)
    if datadir is not None and (datadir / "postmaster.pid").exists() and bindir is not None:
        subprocess.run(server_command(bindir, "pg_ctl", "-D", datadir, "-m", "immediate", "-w", "stop"),
                       capture_output=True, timeout=60, env=_env())
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}  # no PGDATA, PGPORT... from outside
    env["LC_ALL"] = "C"
    return env


def _fail(why):
    _state["problem"] = why
    stop_postgres()
    return None


def postgres_database():
    """Start this kernel's PostgreSQL server (once) and return a ``DATABASES`` entry for its database, or None.

    None means no server could be had: ``postgres_problem()`` says why. Safe to call again: the same server's
    entry is returned (a copy, so changing it changes nothing here).
    """
    if _state["settings"] is not None:
        return dict(_state["settings"])
    try:
        import psycopg  # noqa: F401 (Django's postgresql backend needs it)
    except ImportError:
        _state["problem"] = "the `psycopg` package is not installed (it is in the course's requirements.txt)"
        return None
    bindir = find_bindir()
    if bindir is None:
        _state["problem"] = f"no PostgreSQL server binaries in {PG_LIB}/<version>/bin: {HOW_TO_GET}"
        return None
    _state["bindir"] = bindir
    sweep_left_behind(PREFIX, _postmaster, signal.SIGQUIT)  # SIGQUIT: PostgreSQL's immediate shutdown
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    datadir = folder / "data"
    _state.update(dir=folder, datadir=datadir)
    if not _state["registered"]:
        atexit.register(stop_postgres)
        _state["registered"] = True
    try:
        if os.geteuid() == 0:
            server_command(bindir, "initdb")  # raises LookupError without the postgres user
            user = pwd.getpwnam(SERVER_USER)
            os.chown(folder, user.pw_uid, user.pw_gid)

        def run(*args, timeout=120):
            return subprocess.run(server_command(bindir, *args), cwd=folder, env=_env(), capture_output=True,
                                  text=True, timeout=timeout)

        proc = run("initdb", "-D", datadir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C",
                   "--no-sync")
        if proc.returncode != 0:
            return _fail(f"initdb failed: {(proc.stdout + proc.stderr).strip()[-300:]}")
        port = _free_port()
        with open(datadir / "postgresql.conf", "a") as conf:
            conf.write(f"\nlisten_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{folder}'\n"
                       "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 40\n")
        # Its own session: interrupting the kernel must not stop the server.
        proc = run("pg_ctl", "-D", datadir, "-l", folder / "server.log", "-w", "-t", START_TIMEOUT, "start",
                   timeout=START_TIMEOUT + 30)
        if proc.returncode != 0:
            log = (folder / "server.log").read_text(errors="replace").strip().splitlines()[-1:]
            return _fail(f"the PostgreSQL server did not start{': ' + log[0] if log else ''}")
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{DATABASE}"')
    except Exception as exc:  # noqa: BLE001 (OSError, LookupError, TimeoutExpired, psycopg errors: all mean no server)
        return _fail(f"PostgreSQL could not be started ({type(exc).__name__}: {exc}): {HOW_TO_GET}")
    _state["settings"] = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE,
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": str(port),
    }
    _state["problem"] = None
    return dict(_state["settings"])


def postgres_problem():
    """Return why ``postgres_database()`` last returned None, and how to get a server; None when one runs."""
    return None if _state["settings"] else _state["problem"]
