"""Wrong: the health check is right, but it is inserted into settings.MIDDLEWARE itself, changing the live setting of the whole process, and PRODUCTION_MIDDLEWARE is that same list."""
from django.db import DatabaseError


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz/" and request.method in ("GET", "HEAD"):
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT 1")
            except DatabaseError:
                return HttpResponse(status=503)
            return HttpResponse("ok")
        return self.get_response(request)


settings.MIDDLEWARE.insert(0, "__main__.HealthCheckMiddleware")
PRODUCTION_MIDDLEWARE = settings.MIDDLEWARE
