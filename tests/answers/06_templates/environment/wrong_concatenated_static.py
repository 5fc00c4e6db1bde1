"""Wrong: builds static URLs by concatenating STATIC_URL and the path: no quoting, and no hashed names from the storage."""
def environment(**options):
    """Return a Jinja2 Environment with Django's options and the static() and url() globals."""
    from django.conf import settings
    from django.urls import reverse

    env = jinja2.Environment(**options)
    env.globals.update({"static": lambda path: settings.STATIC_URL + path, "url": reverse})
    return env
