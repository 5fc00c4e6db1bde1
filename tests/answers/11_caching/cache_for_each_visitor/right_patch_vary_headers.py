"""Right, differently: a wrapper adds Vary: Cookie with patch_vary_headers() before cache_page stores the response."""
from functools import wraps


def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    @wraps(view)
    def varying(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_vary_headers(response, ["Cookie"])
        return response

    return cache_page(60)(varying)
