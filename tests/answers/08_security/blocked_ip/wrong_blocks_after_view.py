"""Wrong: calls get_response() first and replaces the response afterwards, so the view (and every middleware inside) already ran for the blocked client."""
class BlockedIPMiddleware:
    """Answer 403 to a request from a BLOCKED address, before anything listed after this middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.META.get("REMOTE_ADDR") in BLOCKED:
            return HttpResponse("Forbidden", status=403)
        return response
