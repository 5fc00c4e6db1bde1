"""Process checks shared by the helpers that keep a private server or a temp dir per process (Redis, PostgreSQL,
the test suite's gradebooks)."""

import os
import shutil
import signal
import tempfile
from pathlib import Path


def alive(pid):
    """Return whether a process with this pid exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_left_behind(prefix, server=None, sig=signal.SIGTERM, root=None):
    """Remove the temp dirs ``<root>/<prefix><pid>-<random>`` whose process is gone, and stop what they left running.

    A process that was killed never ran its exit handler, so its dir (and its server) outlive it. ``server(folder)``
    returns ``(pid, marker)`` for the server the dir's process started (``marker``: a path only that server's
    command line holds), or raises OSError/ValueError/IndexError when there is none. The server gets ``sig`` only
    when /proc shows that pid still runs a command holding ``marker``, so a pid the system has reused for another
    process is never signalled (without /proc nothing is signalled). ``root`` defaults to the temp dir.
    """
    for folder in Path(root or tempfile.gettempdir()).glob(f"{prefix}*"):
        owner = folder.name[len(prefix):].split("-")[0]
        if not owner.isdigit() or alive(int(owner)):
            continue
        if server is not None:
            try:
                pid, marker = server(folder)
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except (OSError, ValueError, IndexError):
                cmdline = b""
            if cmdline and os.fsencode(str(marker)) in cmdline:
                try:
                    os.kill(pid, sig)
                except OSError:
                    pass
        shutil.rmtree(folder, ignore_errors=True)
