"""Wrong: three queries, but only the authors are ordered; the books come in the order they were added, not oldest first."""
def countries_with_authors():
    """Return the countries by name, their authors (by name) and the authors' books (oldest first) prefetched."""
    authors = Prefetch("authors", queryset=Author.objects.order_by("name"))
    return Country.objects.order_by("country_name").prefetch_related(authors, "authors__books")
