"""Wrong: blocks in process_view, which runs only after every middleware's request code: the middleware listed after it has already run for the blocked client."""
class BlockedIPMiddleware:
    """Answer 403 to a request from a BLOCKED address, before anything listed after this middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.META.get("REMOTE_ADDR") in BLOCKED:
            return HttpResponse("Forbidden", status=403)
        return None
