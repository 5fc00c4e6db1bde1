"""Right: among the parents in the app, keeps one that is not an ancestor of another parent; no name is compared."""
def rollback_target(app_label, name):
    """Return the migrate target that unapplies migration name of app_label and keeps what it depends on."""
    graph = MigrationLoader(connection).graph
    parents = {p for p in graph.node_map[(app_label, name)].parents if p[0] == app_label}
    for parent in parents:
        if not any(parent in graph.forwards_plan(other) for other in parents - {parent}):
            return parent[1]
    return "zero"
