"""Right, differently: a function-style middleware that asks the database through the ORM, inserted just before SecurityMiddleware."""
from django.contrib.auth.models import User
from django.db import Error


def HealthCheckMiddleware(get_response):
    """Answer GET/HEAD /healthz/ itself: 200 if the database answers, 503 if not; never read the Host header."""

    def middleware(request):
        if request.path_info == "/healthz/" and request.method in {"GET", "HEAD"}:
            try:
                User.objects.exists()
            except Error:
                return JsonResponse({"status": "unavailable"}, status=503)
            return JsonResponse({"status": "ok"})
        return get_response(request)

    return middleware


PRODUCTION_MIDDLEWARE = list(settings.MIDDLEWARE)
PRODUCTION_MIDDLEWARE.insert(PRODUCTION_MIDDLEWARE.index("django.middleware.security.SecurityMiddleware"),
                             "__main__.HealthCheckMiddleware")
