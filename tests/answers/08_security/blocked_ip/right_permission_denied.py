"""Right, differently: raises PermissionDenied before get_response(); Django turns it into a 403 response around this layer."""
from django.core.exceptions import PermissionDenied


class BlockedIPMiddleware:
    """Answer 403 to a request from a BLOCKED address, before anything listed after this middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META["REMOTE_ADDR"] in BLOCKED:
            raise PermissionDenied("blocked address")
        return self.get_response(request)
