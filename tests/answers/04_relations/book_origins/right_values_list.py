"""Right, differently: values_list() follows both keys with JOINs (LEFT OUTER for the nullable country), so a missing country is None."""
def book_origins():
    """Return [(title, author name, country name or None), ...] for every book, by title, in one query."""
    return list(Book.objects.order_by("title").values_list("title", "author__name", "author__country__country_name"))
