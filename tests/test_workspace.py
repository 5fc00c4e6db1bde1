"""The student workspace: seeded from the course, updated, and never overwriting a student's edits."""

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from workspace import IPYTHON_DIR, main, sync


def _write(path, text):
    """Write a notebook whose one code cell has source text and a stored output."""
    cell = new_code_cell(text, execution_count=1, outputs=[new_output("stream", text="stored output")])
    nbformat.write(new_notebook(cells=[cell]), path)


def _text(path):
    """Return the source of a notebook's first cell."""
    return nbformat.read(path, as_version=4).cells[0].source


def _course(tmp_path, version):
    """Write a fake course (release/ and notebooks/) whose notebooks say which version they are."""
    release, notebooks = tmp_path / "release", tmp_path / "notebooks"
    (release / "03_orm").mkdir(parents=True, exist_ok=True)
    notebooks.mkdir(exist_ok=True)
    _write(release / "03_orm" / "03_orm.ipynb", f"orm v{version}")
    _write(notebooks / "00_start_here.ipynb", f"start v{version}")
    return release, notebooks


def test_first_sync_copies_everything(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    report = sync(release, notebooks, ws)
    assert _text(ws / "03_orm" / "03_orm.ipynb") == "orm v1"
    assert _text(ws / "notebooks" / "00_start_here.ipynb") == "start v1"
    assert report == ["added 03_orm/03_orm.ipynb", "added notebooks/00_start_here.ipynb"]


def test_students_get_notebooks_without_stored_outputs(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    sync(release, notebooks, tmp_path / "ws")
    cell = nbformat.read(tmp_path / "ws" / "notebooks" / "00_start_here.ipynb", as_version=4).cells[0]
    assert cell.outputs == [] and cell.execution_count is None


def test_other_files_are_copied_as_they_are(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    (release / "03_orm" / "data.csv").write_text("a,b\n")
    sync(release, notebooks, tmp_path / "ws")
    assert (tmp_path / "ws" / "03_orm" / "data.csv").read_text() == "a,b\n"


def test_sync_again_changes_nothing(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    sync(release, notebooks, ws)
    assert sync(release, notebooks, ws) == []


def test_unchanged_notebook_gets_the_course_update(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    sync(release, notebooks, ws)
    _course(tmp_path, 2)
    assert "updated 03_orm/03_orm.ipynb" in sync(release, notebooks, ws)
    assert _text(ws / "03_orm" / "03_orm.ipynb") == "orm v2"


def test_edited_notebook_is_kept_and_the_update_lands_beside_it(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    sync(release, notebooks, ws)
    mine = ws / "03_orm" / "03_orm.ipynb"
    _write(mine, "my answers")
    assert sync(release, notebooks, ws) == []  # no course change: nothing to say
    _course(tmp_path, 2)
    report = sync(release, notebooks, ws)
    assert _text(mine) == "my answers"
    assert _text(ws / "03_orm" / "03_orm.course-update.ipynb") == "orm v2"
    assert "kept your 03_orm/03_orm.ipynb; the course's new version is 03_orm/03_orm.course-update.ipynb" in report


def test_new_module_appears(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    sync(release, notebooks, ws)
    (release / "04_relations").mkdir()
    _write(release / "04_relations" / "04_relations.ipynb", "relations v1")
    assert sync(release, notebooks, ws) == ["added 04_relations/04_relations.ipynb"]


def test_file_of_unknown_origin_is_never_overwritten(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    (ws / "03_orm").mkdir(parents=True)
    _write(ws / "03_orm" / "03_orm.ipynb", "work from before the manifest")
    sync(release, notebooks, ws)
    assert _text(ws / "03_orm" / "03_orm.ipynb") == "work from before the manifest"
    assert _text(ws / "03_orm" / "03_orm.course-update.ipynb") == "orm v1"


def test_command_line_reports_and_rejects_wrong_arguments(tmp_path, capsys):
    release, notebooks = _course(tmp_path, 1)
    assert main([str(release), str(notebooks), str(tmp_path / "ws")]) == 0
    assert "workspace: added 03_orm/03_orm.ipynb" in capsys.readouterr().out
    assert main([]) == 2
    assert "Usage:" in capsys.readouterr().err


def test_notebooks_carry_the_language_info_of_the_kernel_so_they_open_unmodified(tmp_path):
    from ipykernel.ipkernel import IPythonKernel

    release, notebooks = _course(tmp_path, 1)
    nb = nbformat.read(release / "03_orm" / "03_orm.ipynb", as_version=4)
    nb.metadata.kernelspec = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nbformat.write(nb, release / "03_orm" / "03_orm.ipynb")
    sync(release, notebooks, tmp_path / "ws")
    copy = nbformat.read(tmp_path / "ws" / "03_orm" / "03_orm.ipynb", as_version=4)
    assert copy.metadata.language_info == IPythonKernel.language_info


def test_the_workspace_gets_the_ipython_profile_of_the_students_lab(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    sync(release, notebooks, ws)
    config = ws / IPYTHON_DIR / "profile_default" / "ipython_kernel_config.py"
    namespace = {"get_config": lambda: type("Config", (), {"InteractiveShellApp": type("App", (), {})()})()}
    exec(config.read_text(), namespace)
    assert namespace["c"].InteractiveShellApp.extensions == ["helpers._lab"]
    config.write_text("# edited\n")
    assert sync(release, notebooks, ws) == []  # rewritten, and not reported as a course change
    assert "helpers._lab" in config.read_text()
