"""Wrong: answers the right JSON but logs nothing: returning a response from process_exception means Django no longer logs the traceback, so error reports never hear of the bug."""
from django.core.exceptions import PermissionDenied
from django.http import Http404


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
        return JsonResponse({"error": "internal server error"}, status=500)
