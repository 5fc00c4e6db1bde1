"""Wrong: the health check is right but appended at the end of MIDDLEWARE: before it runs, SecurityMiddleware reads the probe's Host to redirect plain HTTP to HTTPS, and the IP address is refused (400); with that Host allowed, it would be a 301 instead."""
from django.db import DatabaseError


class HealthCheckMiddleware:
    """Answer GET/HEAD /healthz/ itself: 200 if the database answers, 503 if not; never read the Host header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz/" or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError:
            return HttpResponse("database unavailable", status=503)
        return HttpResponse("ok")


PRODUCTION_MIDDLEWARE = [*settings.MIDDLEWARE, "__main__.HealthCheckMiddleware"]
