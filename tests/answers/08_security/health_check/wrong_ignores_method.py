"""Wrong: answers /healthz/ for every method, so a POST there skips host validation, the HTTPS redirect and the CSRF check; only GET and HEAD are the probe."""
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
            return HttpResponse("database unavailable", status=503)
        return HttpResponse("ok")


PRODUCTION_MIDDLEWARE = ["__main__.HealthCheckMiddleware", *settings.MIDDLEWARE]
