"""Wrong (the anti-pattern): cache_page alone stores the first visitor's page before SessionMiddleware adds Vary: Cookie, so everyone gets it."""
def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    return cache_page(60)(view)
