"""Wrong: falls back to a default key when DJANGO_SECRET_KEY is missing: a deployment that forgot it starts anyway, with a key anyone who reads the code can use to forge sessions and reset tokens."""
from django.core.exceptions import ImproperlyConfigured


def settings_from_env(environ):
    """Return the production settings, reading the secret key, DEBUG and ALLOWED_HOSTS from environ."""
    return {
        "SECRET_KEY": environ.get("DJANGO_SECRET_KEY") or "k3y-for-dev-only-" + "z9Y8x7W6v5U4t3S2r1Q0" * 3,
        "DEBUG": environ.get("DJANGO_DEBUG", "").lower() in {"1", "true", "yes", "on"},
        "ALLOWED_HOSTS": [host.strip() for host in environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host.strip()],
        "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
    }
