"""Right, differently: the low-level API keeps one copy per user and URL for 60 seconds, and Cache-Control: private, max-age=60 keeps shared caches out."""
from functools import wraps


def cache_for_each_visitor(view):
    """Return view wrapped so its pages are cached for 60 seconds, one copy per visitor."""
    @wraps(view)
    def per_user(request, *args, **kwargs):
        key = "catalogue:" + hashlib.sha256(f"{request.user.pk}|{request.get_full_path()}".encode()).hexdigest()
        response = cache.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            response["Cache-Control"] = "private, max-age=60"
            cache.set(key, response, 60)
        return response

    return per_user
