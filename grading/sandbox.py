"""Run grading kernels inside a bubblewrap sandbox.

The kernel of a graded notebook runs student code with the grader's rights. In the
sandbox it sees only:
- its own submission directory (the kernel's working directory), writable;
- the Python installation, the virtual environment and the course package, read-only;
- the system's /usr, /lib, /bin and a few files of /etc, read-only;
- a private /tmp, and the kernel's own connection file and sockets.
It does not see source/, release/, other students' work, the gradebook, any home
directory or secret; it has no network (its own empty network namespace, so the kernel
talks to the grader over Unix sockets), and it gets limits on memory, processes and
wall time. When the grader runs as root the kernel runs as an unprivileged uid of its
own, so the process limit applies to it alone.

How it plugs in: ``configure(c)`` in nbgrader_config.py (the course does this) sets
``GradingExecute.sandbox`` to the mode COURSE_SANDBOX asks for, and does nothing else: loading
the configuration (every nbgrader command, the student's JupyterLab) probes and prints nothing.
Just before the course's Execute preprocessor starts a grading kernel, ``use_sandbox(mode)``
probes bwrap (once per process) and, when the sandbox can be used, the kernel is started by
``SandboxKernelManager``, whose provisioner (``SandboxProvisioner``, a jupyter_client kernel
provisioner) wraps the kernel command in ``bwrap``. Both ``nbgrader autograde`` and
``course-grade`` grade this way; JupyterLab's own kernels are untouched.

Settings (environment variables):
- ``COURSE_SANDBOX``: ``auto`` (default: sandbox when possible; when not, warn loudly, once
  per process, and grade unsandboxed), ``required`` (no sandbox is an error when a grading
  kernel starts) or ``off``;
- ``COURSE_SANDBOX_MEMORY_MB`` (default 2048), ``COURSE_SANDBOX_PROCESSES`` (default 256),
  ``COURSE_SANDBOX_WALL_SECONDS`` (default 900).
"""

import functools
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner

from . import GradingError

MODES = ("auto", "required", "off")  # the values of COURSE_SANDBOX
PROVISIONER = "course-sandbox"  # the entry point name in pyproject.toml
# Kernels of a root grader run as 61000 + (grader pid % 5000): otherwise unused uids, one per
# grading process, so one kernel's processes cannot use up another's process limit.
SANDBOX_UIDS = (61000, 5000)
_ETC = ("ld.so.cache", "localtime", "nsswitch.conf", "passwd", "group", "hosts", "ssl", "mime.types")


def sandbox_uid():
    """Return the uid this grading process's kernels run as when the grader is root."""
    base, span = SANDBOX_UIDS
    return base + os.getpid() % span


class SandboxUnavailable(GradingError):
    """bubblewrap cannot be used on this machine."""


def _limits():
    """Return (memory bytes, processes, wall seconds) from the environment."""
    env = os.environ
    return (
        int(env.get("COURSE_SANDBOX_MEMORY_MB", "2048")) * 2**20,
        int(env.get("COURSE_SANDBOX_PROCESSES", "256")),
        int(env.get("COURSE_SANDBOX_WALL_SECONDS", "900")),
    )


def _readable_roots():
    """Return the directories the kernel may read: Python, the venv, the course package."""
    package = Path(importlib.util.find_spec("helpers").origin).resolve().parent  # found, not imported
    return sorted({Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(), package})


def command(kernel_cmd, workdir, private):
    """Return the bwrap command line that runs kernel_cmd in workdir.

    private holds this kernel's connection file and Unix sockets and is the only other
    writable place the kernel sees.
    """
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        raise SandboxUnavailable("bubblewrap (bwrap) is not installed (Debian: apt-get install bubblewrap)")
    memory, processes, wall = _limits()
    root = os.geteuid() == 0
    args = [bwrap, "--die-with-parent", "--new-session", "--hostname", "grading-sandbox"]
    # Every namespace; as root, not the user namespace: the kernel then drops to sandbox_uid(),
    # a real unprivileged uid, so the process limit applies to it.
    args += ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try"]
    if not root:
        args += ["--unshare-user"]
    # First: later binds may lie under /tmp. A private /tmp, writable by the kernel.
    args += ["--proc", "/proc", "--dev", "/dev", "--perms", "1777", "--tmpfs", "/tmp"]
    for name in ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64"):
        args += ["--ro-bind-try", name, name]
    for name in _ETC:
        args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    readable = _readable_roots()
    roots = readable + [private, workdir]
    # Directories on the way to what the kernel may use (such as /root for a pyenv Python)
    # exist in the sandbox empty and traversable, whatever their mode outside.
    for parent in sorted({p for path in roots for p in path.parents if p != Path("/")}, key=lambda p: len(p.parts)):
        if parent not in roots:
            args += ["--perms", "0755", "--dir", str(parent)]
    for path in readable:
        args += ["--ro-bind", str(path), str(path)]
    args += ["--bind", str(private), str(private), "--bind", str(workdir), str(workdir), "--chdir", str(workdir)]
    args += ["--clearenv", "--setenv", "HOME", "/tmp", "--setenv", "PATH", f"{sys.prefix}/bin:/usr/bin:/bin"]
    # Tell ipykernel it has a parent (so it prints no console banner); its value is not used on Unix.
    args += ["--setenv", "JPY_PARENT_PID", str(os.getpid())]
    for name in ("NBGRADER_EXECUTION", "LANG", "TZ"):
        if name in os.environ:
            args += ["--setenv", name, os.environ[name]]
    inner = ["prlimit", f"--as={memory}", f"--nproc={processes}", "--",
             "timeout", "--kill-after=5", str(wall), *kernel_cmd]
    if root:
        args += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
        uid = sandbox_uid()
        inner = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
                 "--inh-caps=-all", "--bounding-set=-all", *inner]
    return [*args, "--", *inner]


class SandboxProvisioner(LocalProvisioner):
    """A jupyter_client kernel provisioner that starts the kernel inside bubblewrap.

    It gives each kernel a private directory for its connection file and Unix sockets
    (the sandbox has no network, so TCP on localhost cannot reach it) and wraps the
    kernel command in ``command()``.
    """

    async def pre_launch(self, **kwargs):
        """Prepare the private directory and the ipc connection, then wrap the command."""
        km = self.parent
        self._private = Path(tempfile.mkdtemp(prefix="grading-kernel-"))
        km.transport = "ipc"
        km.cache_ports = False
        km.connection_file = str(self._private / "kernel.json")
        km.ip = str(self._private / "kernel-ipc")
        kwargs = await super().pre_launch(**kwargs)
        workdir = Path(kwargs.get("cwd") or os.getcwd()).resolve()
        self._owner = None
        if os.geteuid() == 0:  # the kernel runs as sandbox_uid() and must use these
            stat = workdir.stat()
            self._owner = (workdir, stat.st_uid, stat.st_gid)
            for path in (self._private, Path(km.connection_file), workdir):
                os.chown(path, sandbox_uid(), sandbox_uid())
        kwargs["cmd"] = command(kwargs["cmd"], workdir, self._private)
        return kwargs

    async def cleanup(self, restart=False):
        """Remove the private directory and give the working directory back to its owner."""
        await super().cleanup(restart=restart)
        if self._owner is not None:
            path, uid, gid = self._owner
            os.lchown(path, uid, gid)
            for folder, dirs, files in os.walk(path):  # never follows a symlink the student made
                for name in dirs + files:
                    os.lchown(os.path.join(folder, name), uid, gid)
        shutil.rmtree(self._private, ignore_errors=True)


def check():
    """Raise SandboxUnavailable unless bwrap can start a sandbox here."""
    if shutil.which("bwrap") is None:
        raise SandboxUnavailable("bubblewrap (bwrap) is not installed (Debian: apt-get install bubblewrap)")
    with tempfile.TemporaryDirectory() as tmp:
        probe = command(["true"], Path(tmp), Path(tmp))
        proc = subprocess.run(probe, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SandboxUnavailable(f"bwrap cannot create a sandbox here: {proc.stderr.strip()}")


class SandboxKernelManager(AsyncKernelManager):
    """Start every kernel through the sandbox provisioner, whatever its kernelspec says."""

    @property
    def kernel_spec(self):
        """Return the kernelspec, pointed at the course's provisioner."""
        spec = super().kernel_spec
        if spec is not None:
            spec.metadata = {**spec.metadata, "kernel_provisioner": {"provisioner_name": PROVISIONER}}
            # A signal would reach bwrap, not the kernel in its own session: interrupt by message.
            spec.interrupt_mode = "message"
        return spec


def mode():
    """Return the sandbox mode COURSE_SANDBOX asks for: auto (the default), required or off."""
    value = os.environ.get("COURSE_SANDBOX", "auto")
    if value not in MODES:
        raise GradingError(f"COURSE_SANDBOX must be auto, required or off, not {value!r}")
    return value


def configure(c):
    """Set the grading kernels' sandbox mode from COURSE_SANDBOX (call it in nbgrader_config.py with its `c`).

    It only sets config: bwrap is probed when a grading kernel is about to start (``use_sandbox``).
    """
    c.GradingExecute.sandbox = mode()


@functools.cache
def unavailable():
    """Return why no sandbox can be started here, or None when one can (bwrap is probed once per process)."""
    try:
        check()
    except SandboxUnavailable as exc:
        return str(exc)
    return None


_log = logging.getLogger(__name__)
_warned = False


def use_sandbox(sandbox_mode):
    """Return whether grading kernels start in the sandbox under sandbox_mode (auto, required or off).

    Call it just before starting a grading kernel. Without a usable sandbox, required raises
    SandboxUnavailable and auto logs a loud warning, once per process, and returns False.
    A process that forks graders after calling it (course-grade) passes both on to them.
    """
    global _warned
    if sandbox_mode == "off":
        return False
    reason = unavailable()
    if reason is None:
        return True
    if sandbox_mode == "required":
        raise SandboxUnavailable(f"COURSE_SANDBOX=required, but no grading sandbox can be started here: {reason}")
    if not _warned:
        _warned = True
        _log.warning(
            "WARNING: GRADING IS NOT ISOLATED: student code runs with your rights (%s). "
            "COURSE_SANDBOX=required makes this an error, COURSE_SANDBOX=off silences it.", reason
        )
    return False
