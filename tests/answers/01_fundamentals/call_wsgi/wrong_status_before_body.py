"""Wrong: reads the status before iterating the body, but a generator app calls start_response only when iterated."""
from wsgiref.util import setup_testing_defaults


def call_wsgi(application, path, query_string=""):
    """Call a WSGI application with GET path?query_string; return (status code, headers dict, body bytes)."""
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query_string}
    setup_testing_defaults(environ)
    started = {"status": "200 OK", "headers": []}

    def start_response(status, headers, exc_info=None):
        started["status"], started["headers"] = status, headers

    result = application(environ, start_response)
    status, headers = int(started["status"].split()[0]), dict(started["headers"])
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return status, headers, body
