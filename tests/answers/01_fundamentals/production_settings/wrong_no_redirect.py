"""Wrong: HSTS and secure cookies but no SECURE_SSL_REDIRECT, so a first plain-HTTP visit is served over HTTP."""


def production_settings(secret_key, hosts):
    """Return the settings that make `check --deploy` pass, with DEBUG off and the given key and hosts."""
    return {
        "DEBUG": False,
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": list(hosts),
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
    }
