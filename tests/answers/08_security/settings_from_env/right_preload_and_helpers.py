"""Right, differently: small parsing helpers, and HSTS preloading chosen (SECURE_HSTS_PRELOAD) instead of silencing security.W021."""
from django.core.exceptions import ImproperlyConfigured

TRUE = ("1", "true", "yes", "on")


def env_bool(environ, name):
    return environ.get(name, "").strip().casefold() in TRUE


def env_list(environ, name):
    return [item for item in (part.strip() for part in environ.get(name, "").split(",")) if item]


def settings_from_env(environ):
    """Return the production settings, reading the secret key, DEBUG and ALLOWED_HOSTS from environ."""
    try:
        secret_key = environ["DJANGO_SECRET_KEY"]
    except KeyError:
        raise ImproperlyConfigured("set DJANGO_SECRET_KEY") from None
    if not secret_key.strip():
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is empty")
    year = 365 * 24 * 3600
    return dict(
        SECRET_KEY=secret_key,
        DEBUG=env_bool(environ, "DJANGO_DEBUG"),
        ALLOWED_HOSTS=env_list(environ, "DJANGO_ALLOWED_HOSTS"),
        SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
        SECURE_SSL_REDIRECT=True,
        SECURE_HSTS_SECONDS=2 * year,
        SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
        SECURE_HSTS_PRELOAD=True,
        SESSION_COOKIE_SECURE=True,
        CSRF_COOKIE_SECURE=True,
    )
