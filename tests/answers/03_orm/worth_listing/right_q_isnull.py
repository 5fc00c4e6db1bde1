"""Right, written differently: say the NULL case out loud with Q(...) | Q(rating__isnull=True)."""
def worth_listing(author_names, min_rating):
    """Return the books by these authors not rated below min_rating (unrated ones included), by title."""
    return Book.objects.filter(
        Q(rating__gte=min_rating) | Q(rating__isnull=True), author__name__in=author_names
    ).order_by("title")
