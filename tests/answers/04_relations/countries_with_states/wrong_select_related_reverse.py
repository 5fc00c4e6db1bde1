"""Wrong: select_related cannot follow a reverse foreign key (FieldError); the seed's 'state' fails too."""
def countries_with_states():
    """Return the countries by name, each with its states (by name) prefetched into state_set."""
    return list(Country.objects.order_by("country_name").select_related("state_set"))
