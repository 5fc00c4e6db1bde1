"""Wrong: trusts CF-Connecting-IP, the header a CDN in front would set; there is none here, so any client sends it and a blocked one names another address."""
class BlockedIPMiddleware:
    """Answer 403 to a request from a BLOCKED address, before anything listed after this middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = request.headers.get("CF-Connecting-IP") or request.META.get("REMOTE_ADDR")
        if address in BLOCKED:
            return HttpResponse("Forbidden", status=403)
        return self.get_response(request)
