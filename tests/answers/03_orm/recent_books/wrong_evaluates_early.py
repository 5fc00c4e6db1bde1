"""Evaluates too early: list() runs the query when the QuerySet is built."""
def recent_books(year):
    return list(Book.objects.filter(year__gte=year).order_by("-year"))
