"""Seed and update a student's workspace from the course, never overwriting a file the student changed.

Usage: python tools/workspace.py RELEASE_DIR NOTEBOOKS_DIR WORKSPACE

Files of RELEASE_DIR/<module>/ go to WORKSPACE/<module>/ and NOTEBOOKS_DIR/*.ipynb to
WORKSPACE/notebooks/; notebooks arrive with their outputs cleared, so a student sees only
what their own run prints, and written as JupyterLab saves them (the kernel's language_info
included), so they open unmodified. A manifest in the workspace remembers the hash of every
file as the course last wrote it:
- a file that is not in the workspace yet is copied (new modules appear);
- a file the student has not changed since is replaced by the course's new version;
- a file the student changed is kept, and a newer course version is written beside it
  as <name>.course-update<suffix>, so nothing is lost either way.

The workspace also gets the IPython profile of the student's lab, WORKSPACE/.ipython (hidden in
JupyterLab): ``make lab`` points IPYTHONDIR there, so its kernels load ``helpers._lab``, which
explains an unattempted exercise or a cell run out of order in one line.
"""

import functools
import hashlib
import json
import sys
from pathlib import Path

import nbformat

from helpers._progress import MANIFEST
IPYTHON_DIR = ".ipython"  # IPYTHONDIR of the student's lab, relative to the workspace
_PROFILE = (
    '"""IPython profile of the student\'s lab, written by tools/workspace.py (make lab); edits are overwritten."""\n\n'
    "c = get_config()  # noqa: F821 (IPython provides get_config)\n"
    'c.InteractiveShellApp.extensions = ["helpers._lab"]\n'
)


def _digest(data):
    """Return the SHA-256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


@functools.cache
def _language_info():
    """Return the language_info the course's kernel reports, which JupyterLab writes into an opened notebook.

    A notebook whose language_info differs (the course's lack the Python version) is marked modified as
    soon as its kernel starts.
    """
    from ipykernel.ipkernel import IPythonKernel  # the kernel JupyterLab starts for kernelspec python3

    return json.loads(json.dumps(IPythonKernel.language_info))


def _student_copy(src):
    """Return the bytes a student gets for src: notebooks as JupyterLab saves them unrun, other files as they are."""
    if src.suffix != ".ipynb":
        return src.read_bytes()
    nb = nbformat.read(src, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nb.metadata.pop("widgets", None)
    if nb.metadata.get("kernelspec", {}).get("name") == "python3":
        nb.metadata.language_info = _language_info()
    return (nbformat.writes(nb) + "\n").encode()


def _pairs(release, notebooks):
    """Yield (source file, path relative to the workspace) for every course file."""
    for src in sorted(release.glob("*/*")):
        if src.is_file():
            yield src, Path(src.parent.name, src.name)
    for src in sorted(notebooks.glob("*.ipynb")):
        yield src, Path("notebooks", src.name)


def _sync_file(src, rel, workspace, manifest, report):
    """Bring one workspace file up to date with src without losing the student's edits."""
    dst = workspace / rel
    key = rel.as_posix()
    data = _student_copy(src)
    new = _digest(data)
    if dst.exists():
        current = _digest(dst.read_bytes())
        if current == new:
            manifest[key] = new
            return
        if manifest.get(key) != current:
            if manifest.get(key) != new:
                update = rel.with_name(f"{rel.stem}.course-update{rel.suffix}")
                _sync_file(src, update, workspace, manifest, report)
                report.append(f"kept your {key}; the course's new version is {update.as_posix()}")
            return
        report.append(f"updated {key}")
    else:
        report.append(f"added {key}")
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(data)
    manifest[key] = new


def _write_profile(workspace):
    """Write the IPython profile of the student's lab (see the module docstring), if it is not there yet."""
    config = workspace / IPYTHON_DIR / "profile_default" / "ipython_kernel_config.py"
    if not config.is_file() or config.read_text() != _PROFILE:
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(_PROFILE)


def sync(release, notebooks, workspace):
    """Copy new and updated course files into workspace and write its lab profile; return a list of what happened."""
    release, notebooks, workspace = Path(release), Path(notebooks), Path(workspace)
    workspace.mkdir(parents=True, exist_ok=True)
    _write_profile(workspace)
    manifest_path = workspace / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    report = []
    for src, rel in _pairs(release, notebooks):
        _sync_file(src, rel, workspace, manifest, report)
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return report


def main(argv):
    """Run sync from the command line and print what changed."""
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    for line in sync(*argv):
        print(f"workspace: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
