"""Right, written differently: the authors as a subquery (author__in=QuerySet), still one query."""
def worth_listing(author_names, min_rating):
    """Return the books by these authors not rated below min_rating (unrated ones included), by title."""
    authors = Author.objects.filter(name__in=author_names)
    return Book.objects.filter(author__in=authors).exclude(rating__lt=min_rating).order_by("title")
