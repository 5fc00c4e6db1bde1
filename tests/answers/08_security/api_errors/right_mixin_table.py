"""Right, differently: MiddlewareMixin supplies __init__ and __call__; a table maps exception types to statuses, and log_response() logs the 500 once, with its traceback, under a message of its own."""
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.deprecation import MiddlewareMixin
from django.utils.log import log_response

STATUSES = [(Http404, 404, "not found"), (PermissionDenied, 403, "permission denied")]


class ApiErrorMiddleware(MiddlewareMixin):
    """Answer JSON errors for exceptions raised by the views under /api/; log the unexpected ones."""

    def process_exception(self, request, exception):
        if request.path != "/api/" and not request.path.startswith("/api/"):
            return None
        for kind, status, text in STATUSES:
            if isinstance(exception, kind):
                return JsonResponse({"error": text}, status=status)
        response = JsonResponse({"error": "server error"}, status=500)
        log_response("Unhandled exception in %s", request.path, response=response, request=request,
                     exception=exception)
        return response
