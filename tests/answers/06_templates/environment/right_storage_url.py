"""Right, differently: asks the staticfiles storage for the URL (what {% static %} does) and sets each global separately."""
from jinja2 import Environment


def environment(**options):
    """Return a Jinja2 Environment with Django's options and the static() and url() globals."""
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.urls import reverse

    env = Environment(**options)
    env.globals["static"] = lambda path: staticfiles_storage.url(path)
    env.globals["url"] = reverse
    return env
