"""Right, differently: Django's Jinja2 backend, which turns autoescape on."""
from django.http import HttpResponse
from django.template import engines


def hello(request, name):
    """Return <p>{greeting}, {name}!</p>, with both values escaped."""
    template = engines["jinja2"].from_string("<p>{{ greeting }}, {{ name }}!</p>")
    return HttpResponse(template.render({"greeting": request.GET.get("greeting", "Hello"), "name": name}))
