"""Right, written differently: built with dict() from two groups of settings, with a year of HSTS."""


def production_settings(secret_key, hosts):
    """Return the settings that make `check --deploy` pass, with DEBUG off and the given key and hosts."""
    https_only = dict(SECURE_SSL_REDIRECT=True, SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
    hsts = dict(SECURE_HSTS_SECONDS=365 * 24 * 3600, SECURE_HSTS_INCLUDE_SUBDOMAINS=True, SECURE_HSTS_PRELOAD=True)
    return dict(DEBUG=False, SECRET_KEY=secret_key, ALLOWED_HOSTS=[*hosts], **https_only, **hsts)
