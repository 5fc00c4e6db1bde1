"""Wrong: a catch-all except around the DEBUG lookup turns a typo such as "Flase" into DEBUG False instead of stopping with ImproperlyConfigured."""
from django.core.exceptions import ImproperlyConfigured

WORDS = {"true": True, "1": True, "yes": True, "on": True, "false": False, "0": False, "no": False, "off": False}


def settings_from_env(environ):
    """Return {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"} read from the mapping environ; raise ImproperlyConfigured."""
    try:
        debug = WORDS[environ["DJANGO_DEBUG"].strip().lower()]
    except Exception:
        debug = False
    secret_key = environ.get("DJANGO_SECRET_KEY")
    if not secret_key:
        raise ImproperlyConfigured("Set the DJANGO_SECRET_KEY environment variable")
    hosts = [host.strip() for host in environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()]
    if not debug and not hosts:
        raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS when DEBUG is off")
    return {"DEBUG": debug, "SECRET_KEY": secret_key, "ALLOWED_HOSTS": hosts}
