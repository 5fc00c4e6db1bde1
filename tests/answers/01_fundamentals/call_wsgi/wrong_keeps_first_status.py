"""Wrong: keeps the status of the first start_response call; PEP 3333 lets an app replace it (with exc_info)
until the first body bytes are sent, so an error page would be reported with the old status."""
from wsgiref.util import setup_testing_defaults


def call_wsgi(application, path, query_string=""):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query_string}
    setup_testing_defaults(environ)
    started = {}

    def start_response(status, headers, exc_info=None):
        started.setdefault("status", status)
        started.setdefault("headers", headers)

    result = application(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return int(started["status"].split()[0]), dict(started["headers"]), body
