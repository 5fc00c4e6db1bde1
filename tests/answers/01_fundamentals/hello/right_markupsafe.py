"""Right, written differently: escapes with Jinja's markupsafe (other entities, such as &#34; for a quote, same text)."""
from django.http import HttpResponse
from markupsafe import escape


def hello(request, name):
    """Return <p>{greeting}, {name}!</p>, with both values escaped."""
    greeting = request.GET.get("greeting", "Hello")
    return HttpResponse(f"<p>{escape(greeting)}, {escape(name)}!</p>")
