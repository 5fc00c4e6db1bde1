"""Right: asks the autodetector directly (what makemigrations does), comparing the files' state with the models."""
from django.db.migrations.autodetector import MigrationAutodetector
from django.db.migrations.state import ProjectState


def has_pending_migrations(app_label):
    """Return True if the app's models have changes that no migration file describes yet."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    detector = MigrationAutodetector(loader.project_state(), ProjectState.from_apps(apps))
    changes = detector.changes(graph=loader.graph, trim_to_apps={app_label}, convert_apps={app_label})
    return bool(changes.get(app_label))
