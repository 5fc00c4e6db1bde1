"""Wrong: one copy per visitor, but kept 10 minutes instead of 60 seconds (and browsers are told max-age=600)."""
def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    return cache_page(600)(vary_on_cookie(view))
