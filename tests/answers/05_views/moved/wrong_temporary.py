"""Avoids permanent redirects, as the popular answer advises (section 7): a 302 (or 307 for other methods) tells
clients and search engines the old URL is still the real one, although the move is for good."""
from django.shortcuts import redirect


def moved(request, slug):
    """Redirect /blog/<slug>/ permanently to /posts/<slug>/, keeping the query string, the method and the body."""
    url = reverse("post", kwargs={"slug": slug})
    if request.META.get("QUERY_STRING"):
        url = f"{url}?{request.META['QUERY_STRING']}"
    return redirect(url, preserve_request=request.method not in ("GET", "HEAD"))
