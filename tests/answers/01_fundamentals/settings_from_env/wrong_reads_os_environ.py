"""Wrong: reads os.environ instead of the mapping it is given (and mutates it with setdefault), so it cannot be tested or reused."""
import os

from django.core.exceptions import ImproperlyConfigured


def settings_from_env(environ):
    """Return {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"} read from the mapping environ; raise ImproperlyConfigured."""
    for name, value in environ.items():
        os.environ.setdefault(name, value)
    raw_debug = os.environ.get("DJANGO_DEBUG", "").strip().lower()
    if raw_debug not in ("", "true", "1", "yes", "on", "false", "0", "no", "off"):
        raise ImproperlyConfigured(f"DJANGO_DEBUG must be true or false, not {raw_debug!r}")
    debug = raw_debug in ("true", "1", "yes", "on")
    secret_key = os.environ.get("DJANGO_SECRET_KEY", "")
    if not secret_key:
        raise ImproperlyConfigured("Set the DJANGO_SECRET_KEY environment variable")
    hosts = [host.strip() for host in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()]
    if not debug and not hosts:
        raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS when DEBUG is off")
    return {"DEBUG": debug, "SECRET_KEY": secret_key, "ALLOWED_HOSTS": hosts}
