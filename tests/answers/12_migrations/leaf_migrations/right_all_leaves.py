"""Right: the graph's leaves of every app, kept for this app."""
def leaf_migrations(app_label):
    """Return the sorted names of the app's migrations that no other migration of the app depends on."""
    return sorted(name for app, name in MigrationLoader(None).graph.leaf_nodes() if app == app_label)
