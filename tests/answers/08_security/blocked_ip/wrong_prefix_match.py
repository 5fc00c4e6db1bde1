"""Wrong: matches addresses by prefix, so blocking 203.0.113.7 also blocks 203.0.113.70 to 203.0.113.79 (and 2001:db8::bad blocks 2001:db8::bad0)."""
class BlockedIPMiddleware:
    """Answer 403 to a request from a BLOCKED address, before anything listed after this middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = request.META.get("REMOTE_ADDR", "")
        if any(address.startswith(blocked) for blocked in BLOCKED):
            return HttpResponse("Forbidden", status=403)
        return self.get_response(request)
