"""Right, differently: MiddlewareMixin supplies __init__ and __call__; a table maps exception types to statuses, and exc_info as a (type, value, traceback) tuple logs the traceback."""
import logging

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.deprecation import MiddlewareMixin

logger = logging.getLogger("django.request")
STATUSES = [(Http404, 404, "not found"), (PermissionDenied, 403, "permission denied")]


class ApiErrorMiddleware(MiddlewareMixin):
    """Answer JSON errors for exceptions raised by the views under /api/; log the unexpected ones."""

    def process_exception(self, request, exception):
        if request.path != "/api/" and not request.path.startswith("/api/"):
            return None
        for kind, status, text in STATUSES:
            if isinstance(exception, kind):
                return JsonResponse({"error": text}, status=status)
        logger.error("Unhandled exception in %s", request.path,
                     exc_info=(type(exception), exception, exception.__traceback__))
        return JsonResponse({"error": "server error"}, status=500)
