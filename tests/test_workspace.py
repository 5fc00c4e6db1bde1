"""The student workspace: seeded from the course, updated, and never overwriting a student's edits."""

from helpers.workspace import main, sync


def _course(tmp_path, version):
    """Write a fake course (release/ and notebooks/) whose files say which version they are."""
    release, notebooks = tmp_path / "release", tmp_path / "notebooks"
    (release / "03_orm").mkdir(parents=True, exist_ok=True)
    notebooks.mkdir(exist_ok=True)
    (release / "03_orm" / "03_orm.ipynb").write_text(f"orm v{version}")
    (notebooks / "00_start_here.ipynb").write_text(f"start v{version}")
    return release, notebooks


def test_first_sync_copies_everything(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    report = sync(release, notebooks, ws)
    assert (ws / "03_orm" / "03_orm.ipynb").read_text() == "orm v1"
    assert (ws / "notebooks" / "00_start_here.ipynb").read_text() == "start v1"
    assert report == ["added 03_orm/03_orm.ipynb", "added notebooks/00_start_here.ipynb"]


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
    assert (ws / "03_orm" / "03_orm.ipynb").read_text() == "orm v2"


def test_edited_notebook_is_kept_and_the_update_lands_beside_it(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    sync(release, notebooks, ws)
    mine = ws / "03_orm" / "03_orm.ipynb"
    mine.write_text("my answers")
    assert sync(release, notebooks, ws) == []  # no course change: nothing to say
    _course(tmp_path, 2)
    report = sync(release, notebooks, ws)
    assert mine.read_text() == "my answers"
    assert (ws / "03_orm" / "03_orm.course-update.ipynb").read_text() == "orm v2"
    assert "kept your 03_orm/03_orm.ipynb; the course's new version is 03_orm/03_orm.course-update.ipynb" in report


def test_new_module_appears(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    sync(release, notebooks, ws)
    (release / "04_relations").mkdir()
    (release / "04_relations" / "04_relations.ipynb").write_text("relations v1")
    assert sync(release, notebooks, ws) == ["added 04_relations/04_relations.ipynb"]


def test_file_of_unknown_origin_is_never_overwritten(tmp_path):
    release, notebooks = _course(tmp_path, 1)
    ws = tmp_path / "ws"
    (ws / "03_orm").mkdir(parents=True)
    (ws / "03_orm" / "03_orm.ipynb").write_text("work from before the manifest")
    sync(release, notebooks, ws)
    assert (ws / "03_orm" / "03_orm.ipynb").read_text() == "work from before the manifest"
    assert (ws / "03_orm" / "03_orm.course-update.ipynb").read_text() == "orm v1"


def test_command_line_reports_and_rejects_wrong_arguments(tmp_path, capsys):
    release, notebooks = _course(tmp_path, 1)
    assert main([str(release), str(notebooks), str(tmp_path / "ws")]) == 0
    assert "workspace: added 03_orm/03_orm.ipynb" in capsys.readouterr().out
    assert main([]) == 2
    assert "Usage:" in capsys.readouterr().err
