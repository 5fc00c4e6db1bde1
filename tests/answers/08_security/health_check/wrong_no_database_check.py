"""Wrong: answers 200 without asking the database, so the load balancer keeps sending traffic to an instance whose database is gone."""
class HealthCheckMiddleware:
    """Answer GET/HEAD /healthz/ itself: 200 if the database answers, 503 if not; never read the Host header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz/":
            return HttpResponse("ok")
        return self.get_response(request)


PRODUCTION_MIDDLEWARE = ["__main__.HealthCheckMiddleware", *settings.MIDDLEWARE]
