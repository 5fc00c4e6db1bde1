"""Right: a class-based middleware; rpartition takes the address the proxy appended."""
from django.http import HttpResponseNotFound


class admin_allow_list:
    """Return a middleware that answers 404 to /admin/ requests from clients not in ADMIN_IPS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def client_address(self, request):
        if request.META.get("REMOTE_ADDR") != PROXY:
            return None
        return request.META.get("HTTP_X_FORWARDED_FOR", "").rpartition(",")[2].strip()

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and self.client_address(request) not in ADMIN_IPS:
            return HttpResponseNotFound("Not found")
        return self.get_response(request)
