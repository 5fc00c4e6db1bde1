"""Wrong: FETCH_PEERS turns the N+1 into 2 queries, but a JOIN (select_related) does it in one."""
def states_with_country():
    """Return [(state_name, country_name), ...] for every state, by state name, in one query."""
    states = State.objects.order_by("state_name").fetch_mode(models.FETCH_PEERS)
    return [(state.state_name, state.country.country_name) for state in states]
