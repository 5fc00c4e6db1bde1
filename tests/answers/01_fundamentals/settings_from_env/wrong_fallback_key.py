"""Wrong: falls back to a secret key written in the code, so a deployment that forgot the variable runs with a public key."""
from django.core.exceptions import ImproperlyConfigured

DEV_KEY = "django-insecure-dev-only-key-0123456789abcdefghijklmnopqrstuvwxyz"


def settings_from_env(environ):
    """Return {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"} read from the mapping environ; raise ImproperlyConfigured."""
    raw_debug = environ.get("DJANGO_DEBUG", "").strip().lower()
    if raw_debug not in ("", "true", "1", "yes", "on", "false", "0", "no", "off"):
        raise ImproperlyConfigured(f"DJANGO_DEBUG must be true or false, not {raw_debug!r}")
    debug = raw_debug in ("true", "1", "yes", "on")
    secret_key = environ.get("DJANGO_SECRET_KEY") or DEV_KEY
    hosts = [host.strip() for host in environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()]
    if not debug and not hosts:
        raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS when DEBUG is off")
    return {"DEBUG": debug, "SECRET_KEY": secret_key, "ALLOWED_HOSTS": hosts}
