"""Right: reverse(..., query=request.GET) (new in 5.2) keeps the query string, and HttpResponsePermanentRedirect takes
preserve_request itself."""
from django.http import HttpResponsePermanentRedirect


def moved(request, slug):
    """Redirect /blog/<slug>/ permanently to /posts/<slug>/, keeping the query string, the method and the body."""
    url = reverse("post", kwargs={"slug": slug}, query=request.GET)
    return HttpResponsePermanentRedirect(url, preserve_request=request.method not in {"GET", "HEAD"})
