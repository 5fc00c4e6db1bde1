"""Wrong: filters in the prefetch query but forgets "oldest first": the books come in whatever order the database returns (here, the order they were added)."""
def authors_with_recent_books(since):
    """Return the authors by name, each with .recent_books: their published books since `since`, oldest first."""
    recent = Book.objects.filter(published=True, year__gte=since)
    return Author.objects.order_by("name").prefetch_related(Prefetch("books", queryset=recent, to_attr="recent_books"))
