"""Wrong (PEP 3333): start_response without the optional exc_info argument, so an app that reports an error
after start_response (start_response(status, headers, sys.exc_info())) crashes the server with TypeError."""
from wsgiref.util import setup_testing_defaults


def call_wsgi(application, path, query_string=""):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query_string}
    setup_testing_defaults(environ)
    started = {}

    def start_response(status, headers):
        started["status"], started["headers"] = status, headers

    result = application(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return int(started["status"].split()[0]), dict(started["headers"]), body
