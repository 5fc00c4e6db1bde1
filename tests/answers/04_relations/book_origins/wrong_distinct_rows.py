"""Wrong: distinct() merges two books that share a title and an author (two editions) into one row; every book is a row."""
def book_origins():
    """Return [(title, author name, country name or None), ...] for every book, by title, in one query."""
    rows = Book.objects.order_by("title").values_list("title", "author__name", "author__country__country_name")
    return list(rows.distinct())
