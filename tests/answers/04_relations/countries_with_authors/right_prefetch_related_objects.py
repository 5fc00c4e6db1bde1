"""Right, differently: loads the countries, then prefetch_related_objects() runs the two ordered prefetch queries on the list."""
from django.db.models import prefetch_related_objects


def countries_with_authors():
    """Return the countries by name, their authors (by name) and the authors' books (oldest first) prefetched."""
    countries = list(Country.objects.order_by("country_name"))
    prefetch_related_objects(
        countries,
        Prefetch("authors", queryset=Author.objects.order_by("name")),
        Prefetch("authors__books", queryset=Book.objects.order_by("year")),
    )
    return countries
