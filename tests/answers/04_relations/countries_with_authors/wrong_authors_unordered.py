"""Wrong: three queries and the books oldest first, but the authors come in the order they were added, not by name."""
def countries_with_authors():
    """Return the countries by name, their authors (by name) and the authors' books (oldest first) prefetched."""
    return Country.objects.order_by("country_name").prefetch_related(
        Prefetch("authors__books", queryset=Book.objects.order_by("year"))
    )
