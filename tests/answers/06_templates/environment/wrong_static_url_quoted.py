"""Wrong: builds static URLs from STATIC_URL (quoted, at least) instead of asking STORAGES["staticfiles"]: no
hashed names, no CDN, whatever the storage says."""
def environment(**options):
    """Return a Jinja2 Environment with Django's options and the static() and url() globals."""
    from urllib.parse import quote

    from django.conf import settings
    from django.urls import reverse

    env = jinja2.Environment(**options)
    env.globals.update({"static": lambda path: settings.STATIC_URL + quote(path), "url": reverse})
    return env
