"""Wrong: logs the 500 with logger.exception() and returns the JSON response unmarked, so Django logs it again as it leaves the middleware chain: two ERROR records, two e-mails to ADMINS for one error."""
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
        if request.resolver_match is None or not request.path_info.startswith("/api/"):
            return None
        match exception:
            case Http404():
                return JsonResponse({"error": "not_found"}, status=404)
            case PermissionDenied():
                return JsonResponse({"error": "forbidden"}, status=403)
        request_log.exception("Internal Server Error: %s", request.path)  # process_exception runs inside except
        return JsonResponse({"error": "server_error"}, status=500)
