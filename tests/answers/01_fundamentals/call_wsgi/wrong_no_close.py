"""Wrong: reads the body but never calls its close(), so Django never sends request_finished (connections are not cleaned up)."""
from wsgiref.util import setup_testing_defaults


def call_wsgi(application, path, query_string=""):
    """Call a WSGI application with GET path?query_string; return (status code, headers dict, body bytes)."""
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query_string}
    setup_testing_defaults(environ)
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"], started["headers"] = status, headers

    body = b"".join(application(environ, start_response))
    return int(started["status"].split()[0]), dict(started["headers"]), body
