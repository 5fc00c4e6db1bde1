"""Wrong: looks REMOTE_ADDR up in the blocked addresses joined into one string, a substring test: 3.0.113.7 or 2001:db8::ba is blocked too."""
class BlockedIPMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("REMOTE_ADDR", "") in " ".join(BLOCKED):
            return HttpResponse("Forbidden", status=403)
        return self.get_response(request)
