"""Wrong: opens a cursor and closes it without running a query; a driver such as psycopg makes the cursor on the client, so a database that went away under the open connection still gets 200."""
from django.db import DatabaseError


class HealthCheckMiddleware:
    """Answer GET/HEAD /healthz/ itself: 200 if the database answers, 503 if not; never read the Host header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz/" or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        try:
            connection.cursor().close()
        except DatabaseError:
            return HttpResponse("database unavailable", status=503)
        return HttpResponse("ok")


PRODUCTION_MIDDLEWARE = ["__main__.HealthCheckMiddleware", *settings.MIDDLEWARE]
