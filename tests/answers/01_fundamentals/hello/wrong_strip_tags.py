"""Wrong: "sanitises" with strip_tags, which deletes what looks like markup instead of showing it as text (the user's input is lost, and & stays bare)."""
from django.http import HttpResponse
from django.utils.html import strip_tags


def hello(request, name):
    """Return <p>{greeting}, {name}!</p>, with both values escaped."""
    greeting = request.GET.get("greeting", "Hello")
    return HttpResponse(f"<p>{strip_tags(greeting)}, {strip_tags(name)}!</p>")
