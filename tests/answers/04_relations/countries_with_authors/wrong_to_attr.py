"""Wrong: ordered Prefetch objects, but to_attr stores the authors in a list, so country.authors.all() is neither prefetched nor ordered."""
def countries_with_authors():
    """Return the countries by name, their authors (by name) and the authors' books (oldest first) prefetched."""
    books = Prefetch("books", queryset=Book.objects.order_by("year"))
    authors = Prefetch("authors", queryset=Author.objects.order_by("name").prefetch_related(books), to_attr="sorted_authors")
    return Country.objects.order_by("country_name").prefetch_related(authors)
