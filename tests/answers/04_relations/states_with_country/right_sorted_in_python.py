"""Right, differently: one JOINed query without ORDER BY, sorted in Python (same rows, same one query)."""
def states_with_country():
    """Return [(state_name, country_name), ...] for every state, by state name, in one query."""
    rows = [(s.state_name, s.country.country_name) for s in State.objects.select_related("country")]
    return sorted(rows)
