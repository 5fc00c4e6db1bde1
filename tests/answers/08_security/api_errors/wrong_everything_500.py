"""Wrong: answers 500 for every exception, so a missing object (Http404) or a refused one (PermissionDenied) looks like a server bug."""
import logging

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
        request_log.error("Internal Server Error: %s", request.path, exc_info=exception)
        return JsonResponse({"error": "internal server error"}, status=500)
