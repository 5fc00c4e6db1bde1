"""Right, differently: the decorators applied innermost first in a loop, with the default alias named."""
def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    wrapped = view
    for decorator in (vary_on_cookie, cache_page(60, cache="default")):
        wrapped = decorator(wrapped)
    return wrapped
