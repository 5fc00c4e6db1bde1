"""Lay out a new module from the course's template; refuse if any of its files exists.

Usage: python tools/new_module.py NN_topic [--title "Title"]   (or: make module NAME=NN_topic)

Writes, for module id NN_topic:
- source/NN_topic/NN_topic.ipynb: the locked title and bootstrap cells, one section whose heading cell records
  the module's inventory IDs (tests/inventory.csv) in its covers metadata, one exercise (a solution stub and its
  locked test cell with a hidden-tests block), the section's quiz cell, and the locked recap cell;
- helpers/questions/NN_topic.toml: the bank, with [module], [sections], one question and one [[interview]];
- tests/answers/NN_topic/<exercise>/: two wrong answers and one right answer for the exercise.
Every text to replace says TODO; the tests name each file that still does. The template's exercise works
(its answers pass and fail as they should), so the new module's round trip runs from the start.
"""

import argparse
import csv
import json
import re
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
NAME = re.compile(r"^(\d\d)_([a-z][a-z0-9]*(?:_[a-z0-9]+)*)$")
SECTION = "first_section"  # the bank's key of section 1
EXERCISE = "total"  # the template exercise's solution cell
METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {
        "codemirror_mode": {"name": "ipython", "version": 3},
        "file_extension": ".py",
        "mimetype": "text/x-python",
        "name": "python",
        "nbconvert_exporter": "python",
        "pygments_lexer": "ipython3",
    },
}


def _nbgrader(grade_id, *, locked=False, solution=False, points=None):
    """Return the cell metadata nbgrader gives a cell of this kind."""
    meta = {"grade": points is not None, "grade_id": grade_id, "locked": locked, "schema_version": 3,
            "solution": solution, "task": False}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def inventory_ids(number):
    """Return the inventory IDs that tests/inventory.csv gives module number ('05'), in file order."""
    with open(ROOT / "tests" / "inventory.csv", newline="", encoding="utf-8") as f:
        rows = [row for row in csv.reader(f) if row and not row[0].startswith("#")]
    return [row[0] for row in rows[1:] if row[1] == number]


def notebook(module_id, number, title, covers):
    """Return the template notebook of a module."""
    cells = [
        new_markdown_cell(
            f"# {number} · {title}\n\n"
            "After this module you can answer, with evidence you ran yourself:\n"
            "- TODO: one line per interview question this module answers.\n\n"
            "Run the cells from the top (**Run > Run All Cells** works). Each section ends with an exercise (graded)\n"
            "and a self-check quiz (not graded).",
            metadata=_nbgrader("title", locked=True),
        ),
        new_code_cell("from helpers import setup; setup()", metadata=_nbgrader("bootstrap", locked=True)),
        new_markdown_cell("TODO: what the models of this module are, shared by its sections."),
        new_code_cell(
            "from helpers import create_tables, quiz, show_queries, show_sql\n\n"
            "# TODO: the module's models, then create_tables(...) and a few rows",
            metadata=_nbgrader("models", locked=True),
        ),
        new_markdown_cell(
            "---\n## 1 · TODO: section title\n\n"
            "TODO: the true answer, short. Where the popular answer is wrong, say so plainly and show why.\n"
            "Record the inventory IDs this section covers in this cell's metadata (course.covers); the template\n"
            "put all of the module's IDs here: spread them over the sections.",
            metadata={"course": {"covers": covers}},
        ),
        new_code_cell("from django.db import connection\n\nprint(connection.vendor)  # TODO: a demo that shows the claim"),
        new_markdown_cell(
            "### Exercise 1.1 — TODO: title (1 point)\n"
            f"Write `{EXERCISE}(values)`: TODO: the task, a decision the section taught (not typing)."
        ),
        new_code_cell(
            f"def {EXERCISE}(values):\n"
            '    """Return the sum of values (TODO: the exercise\'s stub and its one-line docstring)."""\n'
            "    ### BEGIN SOLUTION\n"
            "    return sum(values)\n"
            "    ### END SOLUTION",
            metadata=_nbgrader(EXERCISE, solution=True),
        ),
        new_code_cell(
            f'"""Check that {EXERCISE} adds the values (TODO: what the test checks, in one line)."""\n'
            "from helpers import check_equal, passed\n\n"
            f'check_equal({EXERCISE}([1, 2, 3]), 6, "{EXERCISE}([1, 2, 3])")\n'
            'passed("Exercise 1.1")\n'
            "### BEGIN HIDDEN TESTS\n"
            f'check_equal({EXERCISE}([]), 0, "{EXERCISE}([]): TODO: what the visible checks do not cover")\n'
            "### END HIDDEN TESTS",
            metadata={**_nbgrader(f"test_{EXERCISE}", locked=True, points=1), "tags": ["raises-exception"]},
        ),
        new_code_cell(f'quiz("{module_id}.{SECTION}")', metadata=_nbgrader("code_01", locked=True)),
        new_code_cell(f'from helpers import recap\n\nrecap("{module_id}")', metadata=_nbgrader("recap", locked=True)),
    ]
    nb = new_notebook(cells=cells, metadata=METADATA)
    for index, cell in enumerate(nb.cells):
        cell.id = f"cell-{index:03d}"
    return nb


def bank(module_id, number, title, covers):
    """Return the template question bank (TOML) of a module."""
    first = json.dumps(covers[:1])
    return f'''# Question bank for module {number} ({title}). Format: see helpers/_bank.py.

[module]
id = "{module_id}"
number = {int(number)}
title = "{title}"
drills = "TODO: what the module drills, in one line (the README's module table shows it)"

[sections]
{SECTION} = "TODO: the title of section 1, as in the notebook"

[[questions]]
id = "{module_id}.{SECTION}.todo_question"
section = "{SECTION}"
covers = {first}
stem = "TODO: a question an interviewer asks about this section?"
  [[questions.options]]
  text = "TODO: a real misconception"
  why = "Wrong: TODO: why, with the evidence the section shows."
  [[questions.options]]
  text = "TODO: the right answer"
  why = "Right: TODO: why, with the evidence the section shows."
  correct = true
  [[questions.options]]
  text = "TODO: another real misconception"
  why = "Wrong: TODO: why it is wrong."

[[interview]]
id = "{module_id}.interview.todo"
section = "{SECTION}"
question = "TODO: an open interview question this section answers?"
answer = "TODO: a short, exact model answer of a few sentences, as you would say it in an interview."
'''


ANSWERS = {
    "wrong_anti_pattern.py": (
        '"""TODO: the anti-pattern the section warns against, and why it is wrong (here: drops the first value)."""\n'
        f"def {EXERCISE}(values):\n    return sum(values[1:])\n"
    ),
    "wrong_edge_case.py": (
        '"""TODO: another plausible mistake (here: fails on an empty list, which only the hidden test tries)."""\n'
        f"def {EXERCISE}(values):\n    return values[0] + sum(values[1:])\n"
    ),
    "right_loop.py": (
        '"""TODO: a differently written right answer, and how it differs (here: a loop instead of sum())."""\n'
        f"def {EXERCISE}(values):\n    result = 0\n    for value in values:\n"
        "        result += value\n    return result\n"
    ),
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("name", help="the module id, NN_topic (for example 05_views)")
    parser.add_argument("--title", help="the module's title (default: from the id, e.g. 'Views')")
    args = parser.parse_args(argv)
    match = NAME.match(args.name)
    if not match:
        parser.error(f"{args.name!r}: a module id is two digits, an underscore and a lowercase topic (05_views)")
    module_id, number = args.name, match[1]
    title = args.title or match[2].replace("_", " ").capitalize()
    if "|" in title or '"' in title:
        parser.error("the title cannot contain | or \" (it goes into a Markdown table and a TOML string)")

    taken = sorted(p.name for p in (ROOT / "source").glob(f"{number}_*") if p.name != module_id)
    mine = [Path("source") / module_id, Path("release") / module_id,
            Path("helpers") / "questions" / f"{module_id}.toml", Path("tests") / "answers" / module_id]
    existing = [f"source/{t}/" for t in taken] + [p.as_posix() for p in mine if (ROOT / p).exists()]
    if existing:
        sys.exit(f"module {number} exists already ({', '.join(sorted(set(existing)))}); nothing was written")
    files = {
        ROOT / "source" / module_id / f"{module_id}.ipynb": None,
        ROOT / "helpers" / "questions" / f"{module_id}.toml": bank(module_id, number, title, inventory_ids(number)),
        **{ROOT / "tests" / "answers" / module_id / EXERCISE / name: text for name, text in ANSWERS.items()},
    }

    covers = inventory_ids(number)
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if text is None:
            nbformat.write(notebook(module_id, number, title, covers), str(path))
        else:
            path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    if not covers:
        print(f"note: tests/inventory.csv gives module {number} no inventory IDs; add them, then record them "
              "in the sections' covers metadata")
    print("next: the checklist under 'Adding a module' in README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
