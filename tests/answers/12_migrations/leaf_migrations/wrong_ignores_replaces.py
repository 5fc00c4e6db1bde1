"""Wrong: reads every file's dependencies but forgets squashed migrations, so a squashed file counts as a leaf."""
def leaf_migrations(app_label):
    """Return the sorted names of the app's migrations that no other migration of the app depends on."""
    migrations = {n: m for (a, n), m in MigrationLoader(connection).disk_migrations.items() if a == app_label}
    depended = {dep for m in migrations.values() for app, dep in m.dependencies if app == app_label}
    return sorted(set(migrations) - depended)
