"""Wrong: counts dependants in every app, so a migration of another app that depends on a leaf hides it."""
def leaf_migrations(app_label):
    """Return the sorted names of the app's migrations that no other migration of the app depends on."""
    graph = MigrationLoader(connection).graph
    return sorted(name for app, name in graph.nodes if app == app_label and not graph.node_map[(app, name)].children)
