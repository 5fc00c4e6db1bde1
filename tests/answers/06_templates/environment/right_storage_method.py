"""Right, differently: passes the staticfiles storage's url method itself, and wraps reverse() in a function."""
from django.contrib.staticfiles.storage import staticfiles_storage
from django.urls import reverse


def environment(**options):
    """Return a Jinja2 Environment with Django's options and the static() and url() globals."""
    env = jinja2.Environment(**options)
    env.globals["static"] = staticfiles_storage.url

    def url(viewname, *args, **kwargs):
        return reverse(viewname, *args, **kwargs)

    env.globals["url"] = url
    return env
