"""Wrong: logs the traceback on a logger of its own (__name__), not on django.request, which Django's error reports (AdminEmailHandler, error trackers set up for it) read: they get only Django's line without a traceback."""
import logging

from django.core.exceptions import PermissionDenied
from django.http import Http404

log = logging.getLogger(__name__)


class ApiErrorMiddleware:
    """Answer JSON errors for exceptions raised by the views under /api/; log the unexpected ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not request.path.startswith("/api/"):
            return None
        if isinstance(exception, Http404):
            return JsonResponse({"error": "not found"}, status=404)
        if isinstance(exception, PermissionDenied):
            return JsonResponse({"error": "forbidden"}, status=403)
        log.error("API error on %s", request.path, exc_info=exception)
        return JsonResponse({"error": "internal server error"}, status=500)
