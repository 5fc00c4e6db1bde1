"""Wrong: escapes the name from the URL but trusts the greeting from the query string, which is user input too."""
from django.http import HttpResponse
from django.utils.html import escape


def hello(request, name):
    """Return <p>{greeting}, {name}!</p>, with both values escaped."""
    greeting = request.GET.get("greeting", "Hello")
    return HttpResponse(f"<p>{greeting}, {escape(name)}!</p>")
