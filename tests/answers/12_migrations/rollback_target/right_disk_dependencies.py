"""Right: reads the migration's own dependencies from the loader's disk migrations instead of the graph nodes."""
def rollback_target(app_label, name):
    """Return the migrate target that unapplies migration name of app_label and keeps what it depends on."""
    migration = MigrationLoader(connection).disk_migrations[(app_label, name)]
    parents = [dep_name for dep_app, dep_name in migration.dependencies if dep_app == app_label]
    if not parents:
        return "zero"
    return max(parents)
