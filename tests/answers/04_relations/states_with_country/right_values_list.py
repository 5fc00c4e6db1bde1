"""Right, differently: values_list() follows the foreign key with a JOIN and returns the tuples directly."""
def states_with_country():
    """Return [(state_name, country_name), ...] for every state, by state name, in one query."""
    return list(State.objects.order_by("state_name").values_list("state_name", "country__country_name"))
