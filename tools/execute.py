"""Execute notebooks in place and store their outputs, so nbval can compare them.

Usage: python tools/execute.py NOTEBOOK...

Cell metadata (nbgrader's, the course's) is kept; timing metadata and widget state are not stored,
consecutive stream outputs are merged, and the Python patch version is dropped, so
re-running on another machine changes only what the cells print.
"""

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert.preprocessors import CoalesceStreamsPreprocessor


def execute(path):
    """Run one notebook from its own directory and write it back with outputs."""
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", record_timing=False, store_widget_state=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    CoalesceStreamsPreprocessor().preprocess(nb, {})  # one stream output per name, however the kernel split it
    nb.metadata.get("language_info", {}).pop("version", None)
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, path)


def main(paths):
    """Execute every notebook named on the command line."""
    for name in paths:
        print(f"executing {name}", flush=True)
        execute(Path(name))


if __name__ == "__main__":
    main(sys.argv[1:])
