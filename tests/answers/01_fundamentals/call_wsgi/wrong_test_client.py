"""Wrong: ignores the application and asks Django's test Client, which only ever calls this project's Django."""
from django.test import Client


def call_wsgi(application, path, query_string=""):
    """Call a WSGI application with GET path?query_string; return (status code, headers dict, body bytes)."""
    response = Client().get(f"{path}?{query_string}" if query_string else path)
    return response.status_code, dict(response.headers), response.content
