"""``sweep_left_behind``: what a killed process left in the temp dir is removed, and only its own server stopped."""

import os
import subprocess
import sys
import time
from pathlib import Path

from helpers._process import alive, sweep_left_behind

PREFIX = "course-sweep-test-"


def _dead_pid():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _server(*args):
    """A stand-in server: a sleeping Python whose command line holds args (once it has started)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", *map(str, args)])
    deadline = time.monotonic() + 10
    while os.fsencode(str(args[-1])) not in Path(f"/proc/{process.pid}/cmdline").read_bytes():
        assert time.monotonic() < deadline, "the stand-in server did not start"
        time.sleep(0.01)
    return process


def test_a_dead_owners_dir_goes_and_its_server_is_stopped(tmp_path):
    gone = tmp_path / f"{PREFIX}{_dead_pid()}-abc"
    gone.mkdir()
    server = _server(gone / "server.sock")
    try:
        sweep_left_behind(PREFIX, lambda folder: (server.pid, folder / "server.sock"), root=tmp_path)
        assert server.wait(timeout=10) is not None
        assert not gone.exists()
    finally:
        server.kill()


def test_a_live_owners_dir_and_an_unrelated_process_are_left_alone(tmp_path):
    mine = tmp_path / f"{PREFIX}{os.getpid()}-abc"
    mine.mkdir()
    gone = tmp_path / f"{PREFIX}{_dead_pid()}-def"
    gone.mkdir()
    stranger = _server("something-else")  # its pid is in the dir, but not its marker: a reused pid
    try:
        sweep_left_behind(PREFIX, lambda folder: (stranger.pid, folder / "server.sock"), root=tmp_path)
        assert mine.exists()
        assert not gone.exists()
        assert alive(stranger.pid) and stranger.poll() is None
    finally:
        stranger.kill()
        stranger.wait()


def test_a_dir_without_a_server_record_is_still_removed(tmp_path):
    gone = tmp_path / f"{PREFIX}{_dead_pid()}-ghi"
    gone.mkdir()

    def no_server(folder):
        return int((folder / "server.pid").read_text()), folder / "server.sock"  # no such file: OSError

    sweep_left_behind(PREFIX, no_server, root=tmp_path)
    assert not gone.exists()
