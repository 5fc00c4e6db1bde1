"""Wrong: an ordered Prefetch, but with to_attr, so state_set.all() is not prefetched and runs a query per country."""
def countries_with_states():
    """Return the countries by name, each with its states (by name) prefetched into state_set."""
    states = Prefetch("state_set", queryset=State.objects.order_by("state_name"), to_attr="states")
    return Country.objects.order_by("country_name").prefetch_related(states)
