"""Writes the new path by hand instead of reversing the pattern named post: right today, and a redirect to a dead
URL the day the pattern changes (the hidden test moves it)."""
from django.shortcuts import redirect


def moved(request, slug):
    """Redirect /blog/<slug>/ permanently to /posts/<slug>/, keeping the query string, the method and the body."""
    url = f"/posts/{slug}/"
    if request.META.get("QUERY_STRING"):
        url = f"{url}?{request.META['QUERY_STRING']}"
    return redirect(url, permanent=True, preserve_request=request.method not in ("GET", "HEAD"))
