"""Wrong: a 403 tells a scanner that an admin is there; the task asks for a 404."""
from django.http import HttpResponseForbidden


def admin_allow_list(get_response):
    """Return a middleware that answers 404 to /admin/ requests from clients not in ADMIN_IPS."""
    def middleware(request):
        if request.path.startswith("/admin/"):
            forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
            if request.META.get("REMOTE_ADDR") != PROXY or forwarded not in ADMIN_IPS:
                return HttpResponseForbidden()
        return get_response(request)

    return middleware
