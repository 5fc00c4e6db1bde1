"""ORs in the unrated books at the wrong level: unrated books by any author are listed."""
def worth_listing(author_names, min_rating):
    """Return the books by these authors not rated below min_rating (unrated ones included), by title."""
    rated = Book.objects.filter(author__name__in=author_names, rating__gte=min_rating)
    return (rated | Book.objects.filter(rating__isnull=True)).order_by("title")
