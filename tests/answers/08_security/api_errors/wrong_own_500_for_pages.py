"""Wrong: answers every exception outside /api/ with a 500 page of its own instead of returning None, which takes Django's handling from every page: no DEBUG page, no got_request_exception signal, and a log line without the traceback."""
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseServerError
from django.utils.log import log_response


class ApiErrorMiddleware:
    """Answer JSON errors for exceptions raised by the views under /api/; log the unexpected ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not request.path.startswith("/api/"):
            return HttpResponseServerError("<h1>Server Error (500)</h1>")
        if isinstance(exception, Http404):
            return JsonResponse({"error": "not found"}, status=404)
        if isinstance(exception, PermissionDenied):
            return JsonResponse({"error": "forbidden"}, status=403)
        response = JsonResponse({"error": "internal server error"}, status=500)
        log_response("%s: %s", response.reason_phrase, request.path, response=response, request=request,
                     exception=exception)
        return response
