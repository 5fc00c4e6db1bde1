"""Wrong: rewrites the body of every error response under /api/ after get_response() instead of handling the view's exception, so an error the view answered itself (a 400 that names the bad field) reaches the client as a generic message."""
import json


class ApiErrorMiddleware:
    """Answer JSON errors for exceptions raised by the views under /api/; log the unexpected ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)  # Django has already turned an exception into 404/403/500 (and logged it)
        if request.path.startswith("/api/") and response.status_code >= 400:
            texts = {404: "not found", 403: "forbidden"}
            response.content = json.dumps({"error": texts.get(response.status_code, "internal server error")})
            response["Content-Type"] = "application/json"
        return response
