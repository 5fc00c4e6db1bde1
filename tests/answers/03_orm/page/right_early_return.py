"""Right, written differently: count first, return early past the end, and fetch only the titles with values_list()."""
def page(qs, number, size):
    """Return (titles on page number of qs, number of books in qs), fetching only that page's rows."""
    total = qs.count()
    start = (number - 1) * size
    if start >= total:
        return [], total
    return list(qs.values_list("title", flat=True)[start:start + size]), total
