"""Right, written differently: builds the whole environ by hand and closes the body with contextlib.closing."""
import io
import sys
from contextlib import closing, nullcontext


def call_wsgi(application, path, query_string=""):
    """Call a WSGI application with GET path?query_string; return (status code, headers dict, body bytes)."""
    environ = {
        "REQUEST_METHOD": "GET", "SCRIPT_NAME": "", "PATH_INFO": path, "QUERY_STRING": query_string,
        "SERVER_NAME": "localhost", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1", "HTTP_HOST": "localhost",
        "wsgi.version": (1, 0), "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr,
        "wsgi.multithread": False, "wsgi.multiprocess": False, "wsgi.run_once": False,
    }
    seen = []
    result = application(environ, lambda status, headers, exc_info=None: seen.append((status, headers)))
    with closing(result) if hasattr(result, "close") else nullcontext():
        chunks = [chunk for chunk in result]
    status, headers = seen[-1]
    return int(status[:3]), {name: value for name, value in headers}, b"".join(chunks)
