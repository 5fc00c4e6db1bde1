"""Matches each name with icontains: "Le" or "austen" also lists books, and the task names the authors exactly."""
from functools import reduce
from operator import or_


def worth_listing(author_names, min_rating):
    """Return the books by these authors not rated below min_rating (unrated ones included), by title."""
    if not author_names:
        return Book.objects.none()
    by_name = reduce(or_, [Q(author__name__icontains=name) for name in author_names])
    return Book.objects.filter(by_name).exclude(rating__lt=min_rating).order_by("title")
