"""Wrong: DEBUG is on for any value that starts like a yes (t, y, tru, 10...), not only for 1, true, yes or on."""
from django.core.exceptions import ImproperlyConfigured


def settings_from_env(environ):
    key = environ.get("DJANGO_SECRET_KEY")
    if not key:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is not set")
    debug = environ.get("DJANGO_DEBUG", "").strip().lower()
    return {
        "SECRET_KEY": key,
        "DEBUG": debug == "on" or (debug[:1] in ("1", "t", "y") if debug else False),
        "ALLOWED_HOSTS": [h.strip() for h in environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h.strip()],
        "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
    }
