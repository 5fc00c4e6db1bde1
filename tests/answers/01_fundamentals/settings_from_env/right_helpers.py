"""Right, written differently: one small helper per variable, with a lookup table for the boolean words."""
from django.core.exceptions import ImproperlyConfigured

BOOLEANS = {"true": True, "1": True, "yes": True, "on": True, "false": False, "0": False, "no": False, "off": False, "": False}


def env_bool(environ, name):
    word = environ.get(name, "").strip().lower()
    try:
        return BOOLEANS[word]
    except KeyError:
        raise ImproperlyConfigured(f"{name}={word!r} is not a boolean (use true/false, 1/0, yes/no, on/off)") from None


def env_required(environ, name):
    value = environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"The {name} environment variable is required")
    return value


def env_list(environ, name):
    return [item for item in map(str.strip, environ.get(name, "").split(",")) if item]


def settings_from_env(environ):
    """Return {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"} read from the mapping environ; raise ImproperlyConfigured."""
    debug = env_bool(environ, "DJANGO_DEBUG")
    values = {"DEBUG": debug, "SECRET_KEY": env_required(environ, "DJANGO_SECRET_KEY"),
              "ALLOWED_HOSTS": env_list(environ, "DJANGO_ALLOWED_HOSTS")}
    if not debug and not values["ALLOWED_HOSTS"]:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS is empty, and with DEBUG off every request would get 400")
    return values
