"""Wrong: filters the authors instead of the prefetch, so authors without recent books disappear."""
def authors_with_recent_books(since):
    """Return the authors by name, each with .recent_books: their published books since `since`, oldest first."""
    recent = Book.objects.filter(published=True, year__gte=since).order_by("year")
    return (
        Author.objects.filter(books__published=True, books__year__gte=since).distinct().order_by("name")
        .prefetch_related(Prefetch("books", queryset=recent, to_attr="recent_books"))
    )
