"""release/ is generated from source/ by nbgrader and committed: it must be exactly what source/ gives now.

The same holds for the grader's fixture course (tests/fixtures/course/release/).
"""

import fnmatch
import json
import shutil
from pathlib import Path

import pytest

from course import (
    ASSIGNMENTS,
    FIXTURE,
    FIXTURE_ROOT,
    IGNORED,
    ROOT,
    assignment_dirs,
    copy_course,
    fixture_course,
    nbgrader,
    read_notebook,
)

FIX = "Run `make release` and commit release/."
ALL = "[0-9][0-9]_*"  # nbgrader globs assignment ids: one run generates every assignment


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


def differences(regenerated, committed, label):
    """Return sentences on how the committed release directory differs from the regenerated one."""
    if not committed.is_dir():
        return [f"{label} is missing"]
    new_files, old_files = files_under(regenerated), files_under(committed)
    if new_files != old_files:
        return [f"{label} has a different set of files than source/ generates: "
                f"missing {sorted(new_files - old_files)}, unexpected {sorted(old_files - new_files)}"]
    found = []
    for rel in sorted(new_files):
        if rel.endswith(".ipynb"):
            difference = first_difference(read_notebook(regenerated / rel), read_notebook(committed / rel))
            if difference:
                found.append(f"{label}{rel} is out of date: {difference}")
        elif (regenerated / rel).read_bytes() != (committed / rel).read_bytes():
            found.append(f"{label}{rel} differs from what source/ generates")
    return found


@pytest.fixture(scope="module")
def regenerated(request, tmp_path_factory, gradebook_dir, empty_gradebook_file):
    """A course copy whose release/ nbgrader regenerated for every assignment this run checks (one nbgrader
    run when that is all of them)."""
    wanted = sorted({
        item.callspec.params["assignment"]
        for item in request.session.items
        if getattr(item, "module", None) is request.module  # nbval's cells have no module
        and "assignment" in getattr(getattr(item, "callspec", None), "params", {})
    })
    course = copy_course(tmp_path_factory.mktemp("release-sync") / "course", ROOT, assignments=wanted)
    db = f"sqlite:///{shutil.copy(empty_gradebook_file, gradebook_dir / 'release-sync.db')}"
    for pattern in [ALL] if wanted == ASSIGNMENTS and len(wanted) > 1 else wanted:
        nbgrader(course, "generate_assignment", "--force", "--db", db, pattern)
    return course


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_matches_source(assignment, regenerated):
    found = differences(regenerated / "release" / assignment, ROOT / "release" / assignment, f"release/{assignment}/")
    assert not found, "\n".join(found) + f"\n{FIX}"


@pytest.mark.slow
def test_fixture_release_matches_source(tmp_path, gradebook_dir, empty_gradebook_file):
    course = fixture_course(tmp_path / "course")
    db = f"sqlite:///{shutil.copy(empty_gradebook_file, gradebook_dir / 'fixture-sync.db')}"
    nbgrader(course, "generate_assignment", "--force", "--db", db, FIXTURE)
    label = f"{(FIXTURE_ROOT / 'release' / FIXTURE).relative_to(ROOT)}/"
    found = differences(course / "release" / FIXTURE, FIXTURE_ROOT / "release" / FIXTURE, label)
    assert not found, "\n".join(found) + "\nRun `make release` (it regenerates the fixture's release) and commit it."
