"""Wrong: one filtered query per author: right rows, but 1 + N queries."""
def authors_with_recent_books(since):
    """Return the authors by name, each with .recent_books: their published books since `since`, oldest first."""
    authors = list(Author.objects.order_by("name"))
    for author in authors:
        author.recent_books = list(author.books.filter(published=True, year__gte=since).order_by("year"))
    return authors
