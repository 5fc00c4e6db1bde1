"""Wrong (the anti-pattern): trusts the first X-Forwarded-For address from anyone, which a client can write itself."""
from django.http import Http404


def admin_allow_list(get_response):
    """Return a middleware that answers 404 to /admin/ requests from clients not in ADMIN_IPS."""
    def middleware(request):
        client_ip = request.META.get("HTTP_X_FORWARDED_FOR", request.META.get("REMOTE_ADDR", "")).split(",")[0].strip()
        if request.path.startswith("/admin/") and client_ip not in ADMIN_IPS:
            raise Http404("Not found")
        return get_response(request)

    return middleware
