"""Wrong: catches the exception around get_response(), which never sees it: Django has already turned the view's exception into a 500 response inside that layer, so /api/ gets the HTML error page."""
import logging

from django.core.exceptions import PermissionDenied
from django.http import Http404

request_log = logging.getLogger("django.request")


class ApiErrorMiddleware:
    """Answer JSON errors for exceptions raised by the views under /api/; log the unexpected ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/api/"):
            return self.get_response(request)
        try:
            return self.get_response(request)
        except Http404:
            return JsonResponse({"error": "not found"}, status=404)
        except PermissionDenied:
            return JsonResponse({"error": "forbidden"}, status=403)
        except Exception:
            request_log.exception("Internal Server Error: %s", request.path)
            return JsonResponse({"error": "internal server error"}, status=500)
