"""Wrong: year__gt drops books published in the year `since` itself ("from year since on")."""
def authors_with_recent_books(since):
    """Return the authors by name, each with .recent_books: their published books since `since`, oldest first."""
    recent = Book.objects.filter(published=True, year__gt=since).order_by("year")
    return Author.objects.order_by("name").prefetch_related(Prefetch("books", queryset=recent, to_attr="recent_books"))
