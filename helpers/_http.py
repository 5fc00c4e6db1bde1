"""Show a response as a server sends it, and keep what Django logs about requests as a server's error log would."""

import logging

# SecurityMiddleware and XFrameOptionsMiddleware add these to every response under the course's settings.
SECURITY_HEADERS = ("X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy")
_BODY = 200  # characters of a body show_response prints


class ServerLog(logging.Handler):
    """What Django logs about requests (``django.request``, ``django.security``), kept in ``records``.

    With DEBUG on, Django prints every 4xx and 5xx response and every CSRF failure to stderr, where a server
    would write its error log; the course's ``LOGGING`` (``setup()``) sends them here instead, so a demo that
    refuses a request on purpose prints nothing it did not ask for, and a cell can show what was logged.
    """

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)

    @property
    def lines(self):
        """Return the records as 'LEVEL logger: message' lines."""
        return [f"{r.levelname} {r.name}: {r.getMessage()}" for r in self.records]

    def clear(self):
        """Forget the records kept so far."""
        self.records.clear()


server_log = ServerLog()


def server_log_handler():
    """Return server_log (the handler factory the course's LOGGING names: one log however often it is applied)."""
    return server_log


def show_response(response, *names, body=True, every_header=False):
    """Print a response as it goes out: the status line, the headers, the cookies it sets, the start of the body.

    With names, only those headers (``"Set-Cookie"`` for the cookies); without, every header except the four
    security headers every response of the course carries (``every_header=True`` shows them too). A cookie's
    value and expiry change with every run, so only its name and flags are shown.
    """
    print(response.status_code, response.reason_phrase)
    for name, value in response.headers.items():
        if name in names or (not names and (every_header or name not in SECURITY_HEADERS)):
            print(f"{name}: {value}")
    if not names or "Set-Cookie" in names:
        for cookie in response.cookies.values():
            flags = [f"{label}={cookie[key]}" for key, label in (("max-age", "Max-Age"), ("path", "Path"),
                                                                 ("samesite", "SameSite")) if cookie[key]]
            flags += [label for key, label in (("secure", "Secure"), ("httponly", "HttpOnly")) if cookie[key]]
            print(f"Set-Cookie: {cookie.key}=...; " + "; ".join(flags))
    if not body:
        return
    if response.streaming:
        print("\n(a streamed body, not read here)")
    elif response.content:
        text = response.content.decode(response.charset, "replace")
        print("\n" + (text if len(text) <= _BODY else f"{text[:_BODY]} ... ({len(response.content)} bytes)"))
