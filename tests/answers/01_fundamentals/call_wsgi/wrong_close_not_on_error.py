"""Wrong: closes the body only when reading it succeeds; PEP 3333 says a server must call close() whatever happens, or Django never sends request_finished for a failed stream."""
from wsgiref.util import setup_testing_defaults


def call_wsgi(application, path, query_string=""):
    """Call a WSGI application with GET path?query_string; return (status code, headers dict, body bytes)."""
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query_string}
    setup_testing_defaults(environ)
    started = []
    result = application(environ, lambda status, headers, exc_info=None: started.append((status, headers)))
    body = b"".join(result)
    if hasattr(result, "close"):
        result.close()
    status, headers = started[-1]
    return int(status.split()[0]), dict(headers), body
