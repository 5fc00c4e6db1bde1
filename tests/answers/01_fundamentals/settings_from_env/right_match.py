"""Right, differently: match statement and a generator, errors collected in one place."""
from django.core.exceptions import ImproperlyConfigured


def settings_from_env(environ):
    def fail(name, why):
        raise ImproperlyConfigured(f"{name}: {why}")

    match environ.get("DJANGO_DEBUG", "").strip().casefold():
        case "true" | "1" | "yes" | "on":
            debug = True
        case "" | "false" | "0" | "no" | "off":
            debug = False
        case other:
            fail("DJANGO_DEBUG", f"{other!r} is not a boolean word")
    key = environ.get("DJANGO_SECRET_KEY") or fail("DJANGO_SECRET_KEY", "missing or empty")
    hosts = list(filter(None, (part.strip() for part in environ.get("DJANGO_ALLOWED_HOSTS", "").split(","))))
    if not (debug or hosts):
        fail("DJANGO_ALLOWED_HOSTS", "empty while DEBUG is off")
    return dict(DEBUG=debug, SECRET_KEY=key, ALLOWED_HOSTS=hosts)
