"""Right, differently: vary_on_headers("Cookie") is what vary_on_cookie does, applied under cache_page."""
def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    per_visitor = vary_on_headers("Cookie")(view)
    return cache_page(timeout=60)(per_visitor)
