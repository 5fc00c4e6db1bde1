"""Wrong: trusts X-Forwarded-For, a header any client can send; with no proxy in front, a blocked client spoofs it and gets through."""
class BlockedIPMiddleware:
    """Answer 403 to a request from a BLOCKED address, before anything listed after this middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
        address = forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR")
        if address in BLOCKED:
            return HttpResponse("Forbidden", status=403)
        return self.get_response(request)
