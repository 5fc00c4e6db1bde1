"""Wrong: DEBUG is on unless the value is a known "off" word, so a typo such as DJANGO_DEBUG=flase turns debug on in production; only the listed "on" words may."""
from django.core.exceptions import ImproperlyConfigured


def settings_from_env(environ):
    """Return the production settings, reading the secret key, DEBUG and ALLOWED_HOSTS from environ."""
    if not environ.get("DJANGO_SECRET_KEY"):
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is not set")
    return {
        "SECRET_KEY": environ["DJANGO_SECRET_KEY"],
        "DEBUG": environ.get("DJANGO_DEBUG", "").strip().lower() not in ("", "0", "false", "no", "off"),
        "ALLOWED_HOSTS": [host.strip() for host in environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()],
        "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
    }
