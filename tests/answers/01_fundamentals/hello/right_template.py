"""Right, written differently: renders a Django template string, whose autoescaping escapes both values."""
from django.http import HttpResponse
from django.template import engines

HELLO = engines["django"].from_string("<p>{{ greeting }}, {{ name }}!</p>")


def hello(request, name):
    """Return <p>{greeting}, {name}!</p>, with both values escaped."""
    return HttpResponse(HELLO.render({"greeting": request.GET.get("greeting", "Hello"), "name": name}, request))
