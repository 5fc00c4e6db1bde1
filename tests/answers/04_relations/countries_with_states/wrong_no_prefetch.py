"""Wrong: no prefetch, so reading country.state_set.all() runs one query per country (the N+1)."""
def countries_with_states():
    """Return the countries by name, each with its states (by name) prefetched into state_set."""
    return Country.objects.order_by("country_name")
