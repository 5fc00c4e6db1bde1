"""Wrong: prefetches the authors (ordered) but not their books, so each author.books.all() runs its own query (the N+1 one level down)."""
def countries_with_authors():
    """Return the countries by name, their authors (by name) and the authors' books (oldest first) prefetched."""
    return Country.objects.order_by("country_name").prefetch_related(Prefetch("authors", queryset=Author.objects.order_by("name")))
