"""Wrong: a server cache keyed by the Cookie header and the URL, but a page served from it says max-age=60 without Vary: Cookie, so a shared proxy may give one user's page to another."""
from functools import wraps

from django.utils.cache import patch_response_headers


def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        key = "page:" + hashlib.md5(f"{request.headers.get('Cookie', '')}|{request.get_full_path()}".encode()).hexdigest()
        response = cache.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            patch_response_headers(response, 60)
            cache.set(key, response, 60)
        return response

    return wrapper
