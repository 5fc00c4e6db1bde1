"""Wrong: takes the first dependency in the app, which may be an ancestor of another, so that one is unapplied too."""
def rollback_target(app_label, name):
    """Return the migrate target that unapplies migration name of app_label and keeps what it depends on."""
    dependencies = MigrationLoader(connection).disk_migrations[(app_label, name)].dependencies
    in_app = [dep_name for dep_app, dep_name in dependencies if dep_app == app_label]
    return in_app[0] if in_app else "zero"
