"""Wrong: DEBUG = bool(environ.get(...)), the popular pattern: the string "False" is true, so production runs with DEBUG on."""
from django.core.exceptions import ImproperlyConfigured


def settings_from_env(environ):
    """Return {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"} read from the mapping environ; raise ImproperlyConfigured."""
    debug = bool(environ.get("DJANGO_DEBUG", False))
    secret_key = environ.get("DJANGO_SECRET_KEY", "")
    if not secret_key:
        raise ImproperlyConfigured("Set the DJANGO_SECRET_KEY environment variable")
    hosts = [host.strip() for host in environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()]
    if not debug and not hosts:
        raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS when DEBUG is off")
    return {"DEBUG": debug, "SECRET_KEY": secret_key, "ALLOWED_HOSTS": hosts}
