"""Wrong: select_related() with no arguments gives 1 query and the right rows, but Django 6.1 deprecates it (RemovedInDjango2028Warning, a TypeError in Django 2028): name the relation."""
def states_with_country():
    """Return [(state_name, country_name), ...] for every state, by state name, in one query."""
    states = State.objects.select_related().order_by("state_name")
    return [(state.state_name, state.country.country_name) for state in states]
