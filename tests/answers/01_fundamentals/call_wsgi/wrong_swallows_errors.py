"""Wrong: a catch-all except around the body turns a failed stream into a short 200 response instead of reporting the error."""
from wsgiref.util import setup_testing_defaults


def call_wsgi(application, path, query_string=""):
    """Call a WSGI application with GET path?query_string; return (status code, headers dict, body bytes)."""
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query_string}
    setup_testing_defaults(environ)
    started = []
    result = application(environ, lambda status, headers, exc_info=None: started.append((status, headers)))
    chunks = []
    try:
        for chunk in result:
            chunks.append(chunk)
    except Exception:
        pass
    finally:
        if hasattr(result, "close"):
            result.close()
    status, headers = started[-1]
    return int(status.split()[0]), dict(headers), b"".join(chunks)
