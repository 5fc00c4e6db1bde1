"""Wrong: builds the graph without applying squashes, so the squashed file and its replaced ones are both nodes."""
def leaf_migrations(app_label):
    """Return the sorted names of the app's migrations that no other migration of the app depends on."""
    graph = MigrationLoader(connection, replace_migrations=False).graph
    return sorted(name for app, name in graph.leaf_nodes(app_label))
