"""A private Redis server for a notebook: a Unix socket, no TCP port, nothing saved, stopped with the kernel.

``redis_location()`` starts one ``redis-server`` per kernel (when the binary and the ``redis`` client package
are there) and returns the ``LOCATION`` for Django's built-in ``RedisCache`` (``unix://<tmp>/redis.sock``),
or None; ``redis_problem()`` then says why and how to get one. The server listens on no TCP port, keeps
nothing on disk (``--save ''``, ``--appendonly no``) and holds at most 64 MB, evicting the least recently used
keys, as a cache server should. It is stopped when the kernel exits (``stop_redis()`` stops it sooner). A
server left by a kernel that was killed is stopped by the next kernel that starts one.
"""

import atexit
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from ._process import sweep_left_behind

PREFIX = "django-lab-redis-"  # temp dir of a server: <PREFIX><kernel pid>-<random>
START_TIMEOUT = 5.0  # seconds to wait for the server to answer PING
# Where the server may be when PATH lacks it: Debian's package, Homebrew (Intel and Apple silicon), sbin.
_SEARCH = os.pathsep.join(["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/usr/sbin", "/usr/local/sbin"])
HOW_TO_GET = (
    "install a Redis server (Debian/Ubuntu: `sudo apt-get install redis-server`; macOS: `brew install redis`), "
    "then restart the kernel"
)

_state = {"process": None, "dir": None, "location": None, "problem": None, "registered": False}


def _binary():
    """Return the path of a redis-server binary, or None."""
    return shutil.which("redis-server") or shutil.which("redis-server", path=_SEARCH)


def _server(folder):
    """The pid of the server a kernel left in folder, and its socket."""
    return int((folder / "server.pid").read_text()), folder / "redis.sock"


def stop_redis():
    """Stop the kernel's Redis server, if one runs, and remove its temp dir."""
    process, folder = _state["process"], _state["dir"]
    _state.update(process=None, dir=None, location=None)
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _ping(location):
    """Return whether the server at location answers PING."""
    import redis

    client = redis.Redis.from_url(location, socket_connect_timeout=0.5, socket_timeout=0.5)
    try:
        return bool(client.ping())
    except (redis.ConnectionError, redis.TimeoutError, OSError):
        return False
    finally:
        client.close()


def redis_location():
    """Start this kernel's Redis server (once) and return its LOCATION, ``unix://<tmp>/redis.sock``, or None.

    None means no server could be had: ``redis_problem()`` says why. Safe to call again; a server that died
    is started again.
    """
    process = _state["process"]
    if process is not None and process.poll() is None:
        return _state["location"]
    stop_redis()
    binary = _binary()
    if binary is None:
        _state["problem"] = f"no redis-server binary on this machine: {HOW_TO_GET}"
        return None
    try:
        import redis  # noqa: F401 (Django's RedisCache needs the client package)
    except ImportError:
        _state["problem"] = "the `redis` client package is not installed (it is in the course's requirements.txt)"
        return None
    sweep_left_behind(PREFIX, _server)
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    socket = folder / "redis.sock"
    command = [
        binary, "--port", "0", "--unixsocket", str(socket), "--unixsocketperm", "700", "--dir", str(folder),
        "--save", "", "--appendonly", "no", "--daemonize", "no", "--maxmemory", "64mb",
        "--maxmemory-policy", "allkeys-lru", "--loglevel", "warning", "--logfile", str(folder / "redis.log"),
    ]
    try:
        # Its own session: interrupting the kernel (SIGINT to the kernel's process group) must not stop it.
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        _state["problem"] = f"redis-server could not be started ({exc}): {HOW_TO_GET}"
        return None
    (folder / "server.pid").write_text(str(process.pid))
    _state.update(process=process, dir=folder, location=f"unix://{socket}")
    if not _state["registered"]:
        atexit.register(stop_redis)
        _state["registered"] = True
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        if socket.exists() and _ping(_state["location"]):
            _state["problem"] = None
            return _state["location"]
        time.sleep(0.02)
    try:
        log = (folder / "redis.log").read_text(errors="replace").strip().splitlines()[-1:]
    except OSError:
        log = []
    stop_redis()
    _state["problem"] = f"redis-server did not start{': ' + log[0] if log else ''}"
    return None


def redis_problem():
    """Return why ``redis_location()`` last returned None, and how to get a server; None when one runs."""
    return None if _state["location"] else _state["problem"]
