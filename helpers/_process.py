"""Process checks shared by the helpers that start a private server (Redis, PostgreSQL) for a kernel."""

import os


def alive(pid):
    """Return whether a process with this pid exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
