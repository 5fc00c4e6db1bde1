"""Wrong: cache_control(max_age=60) only tells browsers to keep the page; the server runs the view on every request."""
def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    return cache_control(max_age=60)(vary_on_cookie(view))
