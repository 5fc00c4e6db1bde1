"""Wrong: a home-made escape that replaces < and > but not &, so text such as "&lt;" is shown as "<"."""
from django.http import HttpResponse


def clean(text):
    return text.replace("<", "&lt;").replace(">", "&gt;")


def hello(request, name):
    """Return <p>{greeting}, {name}!</p>, with both values escaped."""
    greeting = request.GET.get("greeting", "Hello")
    return HttpResponse(f"<p>{clean(greeting)}, {clean(name)}!</p>")
