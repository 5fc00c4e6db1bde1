"""Right, differently: a for loop with try/except BaseException that closes and re-raises, then closes on success."""
import wsgiref.util


def call_wsgi(application, path, query_string=""):
    environ = {"PATH_INFO": path, "QUERY_STRING": query_string, "REQUEST_METHOD": "GET"}
    wsgiref.util.setup_testing_defaults(environ)
    state = []

    def start_response(status, response_headers, exc_info=None):
        state[:] = [status, response_headers]
        return lambda data: None  # the legacy write() callable

    iterable = application(environ, start_response)
    close = getattr(iterable, "close", None)
    parts = []
    try:
        for part in iterable:
            parts.append(bytes(part))
    except BaseException:
        if close is not None:
            close()
        raise
    if close is not None:
        close()
    code = int(state[0].partition(" ")[0])
    return code, {k: v for k, v in state[1]}, b"".join(parts)
