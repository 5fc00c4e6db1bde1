"""Wrong: fills in the missing variables with environ.setdefault(), which writes them into the caller's environment (os.environ, in a real settings module)."""
from django.core.exceptions import ImproperlyConfigured


def settings_from_env(environ):
    """Return the production settings, reading the secret key, DEBUG and ALLOWED_HOSTS from environ."""
    if not environ.get("DJANGO_SECRET_KEY"):
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is not set")
    debug = environ.setdefault("DJANGO_DEBUG", "false")
    hosts = environ.setdefault("DJANGO_ALLOWED_HOSTS", "")
    return {
        "SECRET_KEY": environ["DJANGO_SECRET_KEY"],
        "DEBUG": debug.strip().lower() in ("1", "true", "yes", "on"),
        "ALLOWED_HOSTS": [host.strip() for host in hosts.split(",") if host.strip()],
        "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
    }
