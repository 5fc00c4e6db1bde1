"""Wrong: browsers are told max-age=60, but cache_page(3600) keeps the page on the server for an hour."""
def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    return cache_control(max_age=60)(cache_page(3600)(vary_on_cookie(view)))
