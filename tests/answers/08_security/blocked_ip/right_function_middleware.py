"""Right, differently: a function-style middleware factory (any callable that takes get_response works in MIDDLEWARE)."""
from django.http import HttpResponseForbidden


def BlockedIPMiddleware(get_response):
    """Answer 403 to a request from a BLOCKED address, before anything listed after this middleware runs."""
    blocked = frozenset(BLOCKED)

    def middleware(request):
        if request.META.get("REMOTE_ADDR", "") in blocked:
            return HttpResponseForbidden()
        return get_response(request)

    return middleware
