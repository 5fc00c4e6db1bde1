"""Wrong: checks that the request came through the proxy, but reads the first address, which the client sent."""
from django.http import Http404


def admin_allow_list(get_response):
    """Return a middleware that answers 404 to /admin/ requests from clients not in ADMIN_IPS."""
    def middleware(request):
        if request.path.startswith("/admin/"):
            via_proxy = request.META.get("REMOTE_ADDR") == PROXY
            client_ip = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[0].strip()
            if not via_proxy or client_ip not in ADMIN_IPS:
                raise Http404("Not found")
        return get_response(request)

    return middleware
