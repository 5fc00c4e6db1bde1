"""Wrong: the JOIN on books drops an author who has no books at all; every author is listed, with an empty list."""
def authors_with_recent_books(since):
    """Return the authors by name, each with .recent_books: their published books since `since`, oldest first."""
    recent = Book.objects.filter(published=True, year__gte=since).order_by("year")
    return (
        Author.objects.filter(books__isnull=False).distinct().order_by("name")
        .prefetch_related(Prefetch("books", queryset=recent, to_attr="recent_books"))
    )
