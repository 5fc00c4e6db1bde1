"""Wrong: ordering the countries by their authors' names joins the authors into the main query: one country row per author, and the prefetched authors still come unordered."""
def countries_with_authors():
    """Return the countries by name, their authors (by name) and the authors' books (oldest first) prefetched."""
    books = Prefetch("authors__books", queryset=Book.objects.order_by("year"))
    return Country.objects.order_by("country_name", "authors__name").prefetch_related(books)
