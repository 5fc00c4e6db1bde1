"""release/ is generated from source/ by nbgrader and committed: it must be exactly what source/ gives now."""

import fnmatch
import json
import shutil
from pathlib import Path

import pytest

from course import ASSIGNMENTS, IGNORED, ROOT, assignment_dirs, copy_course, nbgrader, read_notebook

FIX = "Run `make release` and commit release/."


def files_under(directory):
    """Relative paths of the files under ``directory``, leaving out what nbgrader ignores."""
    directory = Path(directory)
    found = set()
    for path in directory.rglob("*"):
        rel = path.relative_to(directory)
        if path.is_file() and not any(fnmatch.fnmatch(part, pat) for part in rel.parts for pat in IGNORED):
            found.add(rel.as_posix())
    return found


def describe_cell(cell):
    if cell is None:
        return "(no cell)"
    grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
    first_line = (cell.get("source") or "").splitlines()[:1]
    label = f"grade_id {grade_id!r}" if grade_id else f"first line {first_line[0]!r}" if first_line else "empty"
    return f"{cell.get('cell_type')} cell ({label})"


def first_difference(expected, actual):
    """A sentence on where two notebooks (nbformat dicts) first differ, or None when they are equal."""
    if expected == actual:
        return None
    for key in sorted(set(expected) | set(actual)):
        if key != "cells" and expected.get(key) != actual.get(key):
            return f"top-level {key!r} differs: regenerated {expected.get(key)!r}, committed {actual.get(key)!r}"
    exp_cells, act_cells = expected.get("cells", []), actual.get("cells", [])
    for i in range(max(len(exp_cells), len(act_cells))):
        exp = exp_cells[i] if i < len(exp_cells) else None
        act = act_cells[i] if i < len(act_cells) else None
        if exp != act:
            where = f"cell {i} (regenerated: {describe_cell(exp)}; committed: {describe_cell(act)})"
            if exp is None or act is None:
                return f"{where}: the notebooks have {len(exp_cells)} vs {len(act_cells)} cells"
            keys = sorted(k for k in set(exp) | set(act) if exp.get(k) != act.get(k))
            detail = "; ".join(
                f"{k}: regenerated {json.dumps(exp.get(k))[:300]} vs committed {json.dumps(act.get(k))[:300]}"
                for k in keys
            )
            return f"first differing cell is {where}: {detail}"
    return "the notebooks differ"  # not reached: equal cells and equal top level means equal notebooks


def test_every_assignment_directory_has_its_notebook():
    """A source/NN_x/ without NN_x.ipynb would be left out of every parametrized test; fail instead."""
    missing = [f"source/{a}/{a}.ipynb" for a in assignment_dirs(ROOT) if a not in ASSIGNMENTS]
    assert not missing, f"assignment directories without their notebook: {missing}"
    assert ASSIGNMENTS, "no assignment found: expected source/NN_name/NN_name.ipynb"


def test_release_has_no_stale_assignment():
    release = ROOT / "release"
    stale = sorted(p.name for p in release.iterdir() if p.is_dir() and p.name not in ASSIGNMENTS) if release.is_dir() else []
    assert not stale, f"release/ holds assignments with no source notebook: {stale}. Delete them, then {FIX}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_matches_source(assignment, tmp_path):
    course = copy_course(tmp_path / "course", ROOT)
    shutil.rmtree(course / "release" / assignment, ignore_errors=True)
    nbgrader(course, "generate_assignment", "--force", assignment)

    regenerated = course / "release" / assignment
    committed = ROOT / "release" / assignment
    assert committed.is_dir(), f"release/{assignment}/ is missing. {FIX}"

    new_files, old_files = files_under(regenerated), files_under(committed)
    assert new_files == old_files, (
        f"release/{assignment}/ has a different set of files than source/ generates: "
        f"missing {sorted(new_files - old_files)}, unexpected {sorted(old_files - new_files)}. {FIX}"
    )

    for rel in sorted(new_files):
        name = f"release/{assignment}/{rel}"
        if rel.endswith(".ipynb"):
            difference = first_difference(read_notebook(regenerated / rel), read_notebook(committed / rel))
            assert difference is None, f"{name} is out of date: {difference}. {FIX}"
        else:
            assert (regenerated / rel).read_bytes() == (committed / rel).read_bytes(), (
                f"{name} differs from what source/ generates. {FIX}"
            )
