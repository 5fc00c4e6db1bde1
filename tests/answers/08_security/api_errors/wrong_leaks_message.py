"""Wrong: puts str(exception) in the JSON body, which shows clients whatever the message holds (here a password)."""
import logging

from django.core.exceptions import PermissionDenied
from django.http import Http404

request_log = logging.getLogger("django.request")


class ApiErrorMiddleware:
    """Answer JSON errors for exceptions raised by the views under /api/; log the unexpected ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not request.path.startswith("/api/"):
            return None
        status = 404 if isinstance(exception, Http404) else 403 if isinstance(exception, PermissionDenied) else 500
        if status == 500:
            request_log.error("Internal Server Error: %s", request.path, exc_info=exception)
        return JsonResponse({"error": str(exception)}, status=status)
