"""Wrong: decides whether hosts are required from the raw DJANGO_DEBUG string, so DJANGO_DEBUG=false (a true string) lets production start with no ALLOWED_HOSTS."""
from django.core.exceptions import ImproperlyConfigured

TRUE, FALSE = {"true", "1", "yes", "on"}, {"", "false", "0", "no", "off"}


def settings_from_env(environ):
    """Return {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"} read from the mapping environ; raise ImproperlyConfigured."""
    secret_key = environ.get("DJANGO_SECRET_KEY")
    if not secret_key:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is required")
    hosts = [host.strip() for host in environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()]
    if not hosts and not environ.get("DJANGO_DEBUG"):
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS is required when DEBUG is off")
    raw = environ.get("DJANGO_DEBUG", "").strip().lower()
    if raw not in TRUE | FALSE:
        raise ImproperlyConfigured(f"DJANGO_DEBUG must be a boolean, not {raw!r}")
    return {"DEBUG": raw in TRUE, "SECRET_KEY": secret_key, "ALLOWED_HOSTS": hosts}
