"""Wrong: sets SECURE_PROXY_SSL_HEADER with no proxy in front, so any client that sends X-Forwarded-Proto: https over plain HTTP is taken for HTTPS and never redirected."""


def production_settings(secret_key, hosts):
    """Return the settings that make `check --deploy` pass, with DEBUG off and the given key and hosts."""
    return {
        "DEBUG": False,
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": list(hosts),
        "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 3600,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
    }
