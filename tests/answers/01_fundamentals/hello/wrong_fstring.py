"""Wrong: builds the HTML with an f-string, so the user's name and greeting become markup (XSS)."""
from django.http import HttpResponse


def hello(request, name):
    """Return <p>{greeting}, {name}!</p>, with both values escaped."""
    greeting = request.GET.get("greeting", "Hello")
    return HttpResponse(f"<p>{greeting}, {name}!</p>")
