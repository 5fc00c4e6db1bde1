"""Wrong: prefetch_related on a forward foreign key works, but it is 2 queries, not a JOIN."""
def states_with_country():
    """Return [(state_name, country_name), ...] for every state, by state name, in one query."""
    states = State.objects.prefetch_related("country").order_by("state_name")
    return [(state.state_name, state.country.country_name) for state in states]
