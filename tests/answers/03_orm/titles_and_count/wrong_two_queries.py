"""Two queries: values_list() is a new QuerySet, and count() on the unevaluated qs is a second query."""
def titles_and_count(qs):
    return list(qs.values_list("title", flat=True)), qs.count()
