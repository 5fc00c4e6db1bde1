"""Right: walks the graph's nodes of the app and keeps those with no child in the app."""
def leaf_migrations(app_label):
    """Return the sorted names of the app's migrations that no other migration of the app depends on."""
    graph = MigrationLoader(connection).graph
    return sorted(
        name for app, name in graph.nodes
        if app == app_label and not any(child[0] == app_label for child in graph.node_map[(app, name)].children)
    )
