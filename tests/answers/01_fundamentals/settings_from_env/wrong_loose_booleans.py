"""Wrong: accepts more words than the rules allow (strtobool's "y", "t", "n", "f"), so a typo such as "t" in a
production environment turns DEBUG on instead of stopping."""
from django.core.exceptions import ImproperlyConfigured

TRUE = {"true", "1", "yes", "on", "y", "t"}
FALSE = {"", "false", "0", "no", "off", "n", "f"}


def settings_from_env(environ):
    raw = environ.get("DJANGO_DEBUG", "").strip().lower()
    if raw in TRUE:
        debug = True
    elif raw in FALSE:
        debug = False
    else:
        raise ImproperlyConfigured(f"DJANGO_DEBUG={raw!r}")
    key = environ.get("DJANGO_SECRET_KEY", "")
    if not key:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is required")
    hosts = [h.strip() for h in environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h.strip()]
    if not debug and not hosts:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS is empty")
    return {"DEBUG": debug, "SECRET_KEY": key, "ALLOWED_HOSTS": hosts}
