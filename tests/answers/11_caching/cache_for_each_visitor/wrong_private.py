"""Wrong: Cache-Control: private keeps the page out of shared caches, and out of Django's server cache too, so the view runs every time."""
def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    return cache_page(60)(cache_control(private=True)(view))
