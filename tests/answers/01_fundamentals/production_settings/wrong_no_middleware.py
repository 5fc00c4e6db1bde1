"""Wrong: removes SecurityMiddleware so the HSTS and redirect checks stop firing, and nothing applies those settings."""
from django.conf import settings


def production_settings(secret_key, hosts):
    """Return the settings that make `check --deploy` pass, with DEBUG off and the given key and hosts."""
    return {
        "DEBUG": False,
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": list(hosts),
        "MIDDLEWARE": [m for m in settings.MIDDLEWARE if m != "django.middleware.security.SecurityMiddleware"],
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
    }
