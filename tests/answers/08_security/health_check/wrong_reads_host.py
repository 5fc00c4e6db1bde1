"""Wrong: first in the list, but the answer names the host with request.get_host(), which validates it: the probe's Host (an IP address) raises DisallowedHost, a 400."""
from django.db import DatabaseError


class HealthCheckMiddleware:
    """Answer GET/HEAD /healthz/ itself: 200 if the database answers, 503 if not; never read the Host header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz/":
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError:
            return JsonResponse({"host": request.get_host(), "database": "down"}, status=503)
        return JsonResponse({"host": request.get_host(), "database": "up"})


PRODUCTION_MIDDLEWARE = ["__main__.HealthCheckMiddleware", *settings.MIDDLEWARE]
