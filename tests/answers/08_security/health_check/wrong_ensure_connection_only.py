"""Wrong: calls connection.ensure_connection(), which does nothing once a connection is open: a database that goes away under an open connection still gets 200."""
from django.db import DatabaseError


class HealthCheckMiddleware:
    """Answer GET/HEAD /healthz/ itself: 200 if the database answers, 503 if not; never read the Host header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz/" or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        try:
            connection.ensure_connection()
        except DatabaseError:
            return HttpResponse("database unavailable", status=503)
        return HttpResponse("ok")


PRODUCTION_MIDDLEWARE = ["__main__.HealthCheckMiddleware", *settings.MIDDLEWARE]
