"""Right, written differently: a subquery of the authors, and Coalesce() counts an unrated book as rated min_rating."""
from django.db.models import Value
from django.db.models.functions import Coalesce


def worth_listing(author_names, min_rating):
    """Return the books by these authors not rated below min_rating (unrated ones included), by title."""
    authors = Author.objects.filter(name__in=author_names)
    return (Book.objects.filter(author__in=authors)
            .alias(r=Coalesce("rating", Value(min_rating))).filter(r__gte=min_rating).order_by("title"))
