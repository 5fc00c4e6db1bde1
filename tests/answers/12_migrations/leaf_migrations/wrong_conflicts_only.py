"""Wrong: returns detect_conflicts() for the app, which is empty when the history is straight."""
def leaf_migrations(app_label):
    """Return the sorted names of the app's migrations that no other migration of the app depends on."""
    return sorted(MigrationLoader(connection).detect_conflicts().get(app_label, []))
