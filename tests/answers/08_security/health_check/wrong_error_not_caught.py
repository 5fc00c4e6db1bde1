"""Wrong: queries the database but does not catch its error: the exception becomes a 500, not the 503 that says "not ready" to the load balancer."""
class HealthCheckMiddleware:
    """Answer GET/HEAD /healthz/ itself: 200 if the database answers, 503 if not; never read the Host header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz/" and request.method in ("GET", "HEAD"):
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            return HttpResponse("ok")
        return self.get_response(request)


PRODUCTION_MIDDLEWARE = ["__main__.HealthCheckMiddleware", *settings.MIDDLEWARE]
