"""Keeps the query string only for GET and HEAD: a form that POSTs to /blog/x/?ref=mail loses ?ref=mail."""


def moved(request, slug):
    """Redirect /blog/<slug>/ permanently to /posts/<slug>/, keeping the query string, the method and the body."""
    url = reverse("post", kwargs={"slug": slug})
    if request.method in ("GET", "HEAD"):
        query = request.META.get("QUERY_STRING")
        return redirect(f"{url}?{query}" if query else url, permanent=True)
    return redirect(url, permanent=True, preserve_request=True)
