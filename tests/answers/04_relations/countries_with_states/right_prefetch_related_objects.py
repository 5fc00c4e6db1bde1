"""Right, differently: evaluates the countries, then prefetch_related_objects() with an ordered Prefetch."""
from django.db.models import prefetch_related_objects


def countries_with_states():
    """Return the countries by name, each with its states (by name) prefetched into state_set."""
    countries = list(Country.objects.order_by("country_name"))
    prefetch_related_objects(countries, Prefetch("state_set", queryset=State.objects.order_by("state_name")))
    return countries
