"""Write the README's module table from the question banks, so it never drifts from the course.

Usage: python tools/readme_table.py [--check]

One row per bank (helpers/questions/<id>.toml, read with helpers._bank.modules()): number, title, what it
drills, and how many graded exercises (solution cells of its notebook) and self-check questions it has. Each
title links to the student version: release/<id>/<id>.ipynb, or notebooks/<id>.ipynb for a notebook that is
not an assignment; never to source/, which holds the solutions and hidden tests. The table sits between the
two marker lines in README.md. With --check, nothing is written; the exit status is 1 when the table is out
of date.
"""

import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BEGIN = "<!-- module table: written by tools/readme_table.py from the question banks; `make readme` -->"
END = "<!-- end of module table -->"


def _exercises(path):
    """Return the number of solution cells (graded exercises) of a notebook, 0 when it does not exist."""
    if not path.is_file():
        return 0
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    meta = [c.get("metadata", {}).get("nbgrader", {}) for c in cells]
    return sum(bool(m.get("solution")) and not m.get("grade") for m in meta)


def table():
    """Return the module table, one Markdown line per module after the header."""
    sys.path.insert(0, str(ROOT))  # this checkout's course package, installed or not
    from helpers._bank import modules

    lines = ["| # | Module | What it drills | Exercises | Self-check questions |", "|---|---|---|---|---|"]
    for m in modules():
        source = Path("source") / m.id / f"{m.id}.ipynb"
        if (ROOT / source).is_file():  # an assignment: count in source/, link to what students get
            link, count = Path("release") / m.id / f"{m.id}.ipynb", _exercises(ROOT / source)
        else:
            link = Path("notebooks") / f"{m.id}.ipynb"
            count = _exercises(ROOT / link)
        lines.append(f"| {m.number:02d} | [{m.title}]({link.as_posix()}) | {m.drills} | {count} | {len(m.questions)} |")
    return lines


def rewrite(text, lines):
    """Return the README text with the lines between the markers replaced by lines."""
    if text.count(BEGIN) != 1 or text.count(END) != 1 or text.index(BEGIN) > text.index(END):
        raise SystemExit(f"README.md needs the marker lines, once each and in this order:\n{BEGIN}\n{END}")
    head, rest = text.split(BEGIN)
    _, tail = rest.split(END)
    return head + BEGIN + "\n" + "\n".join(lines) + "\n" + END + tail


def main(argv):
    """Rewrite README.md's module table, or with --check say whether it is up to date."""
    check = argv == ["--check"]
    if argv and not check:
        raise SystemExit(__doc__.split("\n\n")[1])
    text = README.read_text(encoding="utf-8")
    new = rewrite(text, table())
    if new == text:
        return 0
    if check:
        diff = difflib.unified_diff(text.splitlines(), new.splitlines(), "README.md", "from the banks",
                                    lineterm="", n=0)
        print("README.md's module table is out of date: run `make readme` and commit README.md.\n" + "\n".join(diff),
              file=sys.stderr)
        return 1
    README.write_text(new, encoding="utf-8")
    print("README.md: module table rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
