"""Right, differently: the books' Prefetch nested inside the authors' queryset, one Prefetch per level."""
def countries_with_authors():
    """Return the countries by name, their authors (by name) and the authors' books (oldest first) prefetched."""
    books = Prefetch("books", queryset=Book.objects.order_by("year"))
    authors = Prefetch("authors", queryset=Author.objects.order_by("name").prefetch_related(books))
    return Country.objects.order_by("country_name").prefetch_related(authors)
