"""Wrong: takes the migration's first dependency whatever its app, so a dependency on another app becomes the target."""
def rollback_target(app_label, name):
    """Return the migrate target that unapplies migration name of app_label and keeps what it depends on."""
    dependencies = MigrationLoader(connection).disk_migrations[(app_label, name)].dependencies
    return dependencies[0][1] if dependencies else "zero"
