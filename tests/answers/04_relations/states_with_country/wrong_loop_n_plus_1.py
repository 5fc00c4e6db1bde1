"""Wrong: reads state.country in a loop without select_related: one query per state (the N+1)."""
def states_with_country():
    """Return [(state_name, country_name), ...] for every state, by state name, in one query."""
    return [(state.state_name, state.country.country_name) for state in State.objects.order_by("state_name")]
