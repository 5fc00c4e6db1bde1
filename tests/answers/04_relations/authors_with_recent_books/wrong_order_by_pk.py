"""Wrong: "oldest first" read as "first added" (order_by("pk")), not by year."""
def authors_with_recent_books(since):
    """Return the authors by name, each with .recent_books: their published books since `since`, oldest first."""
    recent = Book.objects.filter(published=True, year__gte=since).order_by("pk")
    return Author.objects.order_by("name").prefetch_related(Prefetch("books", queryset=recent, to_attr="recent_books"))
