"""Wrong: vary_on_cookie outside cache_page adds the header after the page is stored under the URL alone: the same leak."""
def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    return vary_on_cookie(cache_page(60)(view))
