"""The course's tools: the README's module table is what the banks give, and `make module` lays out a module."""

import csv
import hashlib
import importlib.util
import re
import shutil
import subprocess
import sys

import nbformat
import pytest

from course import ASSIGNMENTS, ROOT, nbgrader_meta, read_notebook, solution_cells, source_notebook
from helpers._bank import _parse

sys.path.insert(0, str(ROOT / "tools"))
import readme_table  # noqa: E402 (tools/ is not a package)


def test_readme_module_table_is_up_to_date():
    proc = subprocess.run([sys.executable, "tools/readme_table.py", "--check"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_readme_module_table_links_to_what_students_get():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split(readme_table.BEGIN)[1].split(readme_table.END)[0]
    links = re.findall(r"\]\(([^)]+)\)", table)
    assert links, "the module table links to no notebook"
    assert not [link for link in links if link.startswith("source/")], "source/ holds solutions and hidden tests"
    missing = [link for link in links if not (ROOT / link).is_file()]
    assert not missing, f"the module table links to missing notebooks: {missing} (run `make release`)"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_no_template_text_is_left(assignment):
    cells = [c.get("id", "?") for c in read_notebook(source_notebook(assignment)).cells if "TODO" in c.source]
    bank = ROOT / "helpers" / "questions" / f"{assignment}.toml"
    text = bank.read_text(encoding="utf-8") if bank.is_file() else ""
    lines = [n for n, line in enumerate(text.splitlines(), 1) if "TODO" in line]
    assert not cells and not lines, (
        f"{assignment}: the template's TODO text is still in source/{assignment}/{assignment}.ipynb cells {cells} "
        f"and helpers/questions/{assignment}.toml lines {lines}: replace it"
    )


# ---- make module (tools/new_module.py), in a scratch copy of what it reads and writes ------------------------


@pytest.fixture
def scratch(tmp_path):
    (tmp_path / "tools").mkdir()
    shutil.copy2(ROOT / "tools" / "new_module.py", tmp_path / "tools")
    (tmp_path / "tests").mkdir()
    shutil.copy2(ROOT / "tests" / "inventory.csv", tmp_path / "tests")
    (tmp_path / "source").mkdir()
    (tmp_path / "helpers" / "questions").mkdir(parents=True)
    return tmp_path


def _new_module(root, *args):
    """Run tools/new_module.py of the scratch copy in this process (it writes under its own root)."""
    spec = importlib.util.spec_from_file_location(f"new_module_{id(root)}", root / "tools" / "new_module.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool.main(list(args))


def _digest(root):
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return hashlib.sha256(b"".join(str(p).encode() + p.read_bytes() for p in files)).hexdigest()


def test_new_module_lays_out_a_module_in_the_course_grammar(scratch):
    assert _new_module(scratch, "05_views", "--title", "Views and URLs") == 0
    nb = nbformat.read(scratch / "source" / "05_views" / "05_views.ipynb", as_version=nbformat.NO_CONVERT)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    first, bootstrap, last = nb.cells[0], nb.cells[1], nb.cells[-1]
    assert first.source.startswith("# 05 · Views and URLs\n") and nbgrader_meta(first)["locked"]
    assert bootstrap.source == "from helpers import setup; setup()" and nbgrader_meta(bootstrap)["locked"]
    assert last.source == 'from helpers import recap\n\nrecap("05_views")' and nbgrader_meta(last)["locked"]
    with open(ROOT / "tests" / "inventory.csv", newline="", encoding="utf-8") as f:
        ids = [row[0] for row in csv.reader(f) if len(row) > 1 and row[1] == "05"]
    assert [c.metadata["course"]["covers"] for c in nb.cells if "course" in c.metadata] == [ids]
    assert solution_cells(nb) == ["total"]
    test = next(c for c in nb.cells if nbgrader_meta(c).get("grade_id") == "test_total")
    meta = nbgrader_meta(test)
    assert meta["grade"] and meta["locked"] and meta["points"] == 1 and not meta["solution"]
    assert "### BEGIN HIDDEN TESTS" in test.source and test.metadata.tags == ["raises-exception"]

    bank = _parse(scratch / "helpers" / "questions" / "05_views.toml")
    assert (bank.id, bank.number, bank.title) == ("05_views", 5, "Views and URLs")
    quizzes = [c.source for c in nb.cells if c.source.startswith("quiz(")]
    assert quizzes == [f'quiz("05_views.{s}")' for s in bank.sections]
    assert len(bank.questions) == 1 and len(bank.interview) == 1
    answers = sorted(p.name for p in (scratch / "tests" / "answers" / "05_views" / "total").iterdir())
    assert answers == ["right_loop.py", "wrong_anti_pattern.py", "wrong_edge_case.py"]


def test_new_module_refuses_to_overwrite(scratch, capsys):
    assert _new_module(scratch, "05_views") == 0
    before = _digest(scratch)
    for name in ("05_views", "05_urls"):
        with pytest.raises(SystemExit, match="exists already"):
            _new_module(scratch, name)
    assert _digest(scratch) == before


def test_new_module_wants_a_module_id(scratch, capsys):
    with pytest.raises(SystemExit) as exit_:
        _new_module(scratch, "views")
    assert exit_.value.code == 2 and "two digits" in capsys.readouterr().err
    assert not list((scratch / "source").iterdir())
