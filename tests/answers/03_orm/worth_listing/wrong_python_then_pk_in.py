"""Filters in Python and re-queries with pk__in: right rows, but it loads every book while building the QuerySet."""
def worth_listing(author_names, min_rating):
    """Return the books by these authors not rated below min_rating (unrated ones included), by title."""
    keep = [
        book.pk
        for book in Book.objects.select_related("author")
        if book.author.name in author_names and (book.rating is None or book.rating >= min_rating)
    ]
    return Book.objects.filter(pk__in=keep).order_by("title")
