"""Right: an absolute Location (request.build_absolute_uri()), which HTTP allows as well as a path."""
from django.http import HttpResponsePermanentRedirect


def moved(request, slug):
    """Redirect /blog/<slug>/ permanently to /posts/<slug>/, keeping the query string, the method and the body."""
    url = request.build_absolute_uri(reverse("post", kwargs={"slug": slug}))
    if request.META.get("QUERY_STRING"):
        url += "?" + request.META["QUERY_STRING"]
    return HttpResponsePermanentRedirect(url, preserve_request=request.method not in ("GET", "HEAD"))
