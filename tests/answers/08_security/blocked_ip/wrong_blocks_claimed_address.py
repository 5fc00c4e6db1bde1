"""Wrong: also blocks when X-Forwarded-For names a blocked address; a header any client chooses then decides who is blocked, and anyone can get a request refused by naming 203.0.113.7."""
class BlockedIPMiddleware:
    """Answer 403 to a request from a BLOCKED address, before anything listed after this middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        claimed = [address.strip() for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if request.META.get("REMOTE_ADDR") in BLOCKED or any(address in BLOCKED for address in claimed):
            return HttpResponse("Forbidden", status=403)
        return self.get_response(request)
