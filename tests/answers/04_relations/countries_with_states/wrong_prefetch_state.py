"""Wrong: the seed's prefetch_related('state'): the accessor is state_set, so it raises AttributeError."""
def countries_with_states():
    """Return the countries by name, each with its states (by name) prefetched into state_set."""
    return list(Country.objects.order_by("country_name").prefetch_related("state"))
