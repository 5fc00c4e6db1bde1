"""Preserves the request for every method but GET: HEAD, which has no body to keep either, gets a 308 instead of the
classic 301."""
from django.shortcuts import redirect


def moved(request, slug):
    """Redirect /blog/<slug>/ permanently to /posts/<slug>/, keeping the query string, the method and the body."""
    url = reverse("post", kwargs={"slug": slug})
    if request.META.get("QUERY_STRING"):
        url = f"{url}?{request.META['QUERY_STRING']}"
    return redirect(url, permanent=True, preserve_request=request.method != "GET")
