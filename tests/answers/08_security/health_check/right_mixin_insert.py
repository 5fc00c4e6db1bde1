"""Right, differently: MiddlewareMixin's process_request answers the probe (empty bodies, fetchone() of SELECT 1), inserted at position 0 of a copy of MIDDLEWARE."""
from django.db import Error
from django.utils.deprecation import MiddlewareMixin


class HealthCheckMiddleware(MiddlewareMixin):
    """Answer GET/HEAD /healthz/ itself: 200 if the database answers, 503 if not; never read the Host header."""

    def process_request(self, request):
        if request.path_info == "/healthz/" and request.method in ("GET", "HEAD"):
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT 1")
                    cursor.fetchone()
            except Error:
                return HttpResponse(status=503)
            return HttpResponse(status=200)
        return None


PRODUCTION_MIDDLEWARE = list(settings.MIDDLEWARE)
PRODUCTION_MIDDLEWARE.insert(0, "__main__.HealthCheckMiddleware")
