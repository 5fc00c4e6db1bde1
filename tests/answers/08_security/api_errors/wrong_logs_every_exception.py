"""Wrong: logs every exception under /api/ as a server error with its traceback, so each missing book (404) or refused request (403) e-mails ADMINS; only the 500 is a server error."""
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.log import log_response


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
            response = JsonResponse({"error": "not found"}, status=404)
        elif isinstance(exception, PermissionDenied):
            response = JsonResponse({"error": "forbidden"}, status=403)
        else:
            response = JsonResponse({"error": "internal server error"}, status=500)
        log_response("API error: %s", request.path, response=response, request=request, exception=exception,
                     level="error")
        return response
