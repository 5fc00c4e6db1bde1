"""Right, differently: compares ipaddress objects (so another spelling of the same IPv6 address is blocked too) and answers an empty 403."""
import ipaddress


class BlockedIPMiddleware:
    """Answer 403 to a request from a BLOCKED address, before anything listed after this middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.blocked = {ipaddress.ip_address(address) for address in BLOCKED}

    def __call__(self, request):
        try:
            peer = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
        except ValueError:
            peer = None
        if peer in self.blocked:
            return HttpResponse(status=403)
        return self.get_response(request)
