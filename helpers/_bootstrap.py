"""Configure Django in memory, once per kernel."""

import atexit
import os
import shutil
import tempfile
import uuid
import warnings
from pathlib import Path

NOTEBOOK_APP_LABEL = "notebook"

_state = {"options": None, "tmp": None}
_DEFAULTS = {"apps": (), "middleware": (), "migrate": True}


def _base_settings(tmp):
    """Return the settings every notebook shares (tmp holds media, static, cache and session files)."""
    return {
        "DEBUG": True,
        "SECRET_KEY": "django-insecure-notebook-key-not-for-production",
        "ALLOWED_HOSTS": ["testserver", "localhost", "127.0.0.1"],
        "DATABASES": {
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                # Shared-cache memory: one database for every thread of the kernel
                # (async views and sync_to_async run in worker threads).
                "NAME": f"file:notebook-{uuid.uuid4().hex}?mode=memory&cache=shared",
            }
        },
        "CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        "INSTALLED_APPS": [
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
            "django.contrib.staticfiles",
            "rest_framework",
            "helpers._notebook_app.NotebookConfig",
        ],
        "MIDDLEWARE": [
            "django.middleware.security.SecurityMiddleware",
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
        ],
        "ROOT_URLCONF": "helpers._urls",
        "TEMPLATES": [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": [],
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.contrib.auth.context_processors.auth",
                        "django.contrib.messages.context_processors.messages",
                    ]
                },
            },
            {"BACKEND": "django.template.backends.jinja2.Jinja2", "DIRS": [], "APP_DIRS": True},
        ],
        "USE_TZ": True,
        "TIME_ZONE": "UTC",
        "STATIC_URL": "static/",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_URL": "media/",
        "MEDIA_ROOT": str(tmp / "media"),
        "SESSION_FILE_PATH": str(tmp / "sessions"),
        "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
        "MAILERS": {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}},
        # Django's request and security logs (every 4xx and 5xx, CSRF failures) go to helpers.server_log, not
        # stderr. In LOGGING, because every django.setup() (get_wsgi_application() too) configures logging again.
        "LOGGING": {
            "version": 1,
            "disable_existing_loggers": False,
            "handlers": {"server_log": {"()": "helpers._http.server_log_handler"}},
            "loggers": {name: {"handlers": ["server_log"], "level": "DEBUG", "propagate": False}
                        for name in ("django.request", "django.security")},
        },
    }


def _remove_tmp():
    """Delete the kernel's temp dir."""
    tmp = _state["tmp"]
    if tmp is not None:
        shutil.rmtree(tmp, ignore_errors=True)


def _options_text(options):
    """Describe setup options for a message."""
    given = {k: v for k, v in options.items() if v != _DEFAULTS.get(k)}
    return "setup(" + ", ".join(f"{k}={v!r}" for k, v in sorted(given.items())) + ")"


def setup(*, apps=(), middleware=(), migrate=True, **overrides):
    """Configure Django for this kernel and create the contrib apps' tables.

    apps are appended to INSTALLED_APPS and middleware to MIDDLEWARE; any other
    keyword is an UPPERCASE Django setting that replaces the course default
    (for example ``CACHES={...}``). Calling setup() again with the same options
    does nothing; with other options it raises RuntimeError, because settings
    such as INSTALLED_APPS are fixed once Django has started in a kernel.
    """
    bad = sorted(name for name in overrides if not name.isupper())
    if bad:
        raise TypeError(f"setup() options must be apps=, middleware=, migrate= or Django settings in UPPERCASE, not {bad}")
    options = {"apps": tuple(apps), "middleware": tuple(middleware), "migrate": migrate, **overrides}
    if _state["options"] is not None:
        if options != _state["options"]:
            raise RuntimeError(
                "Django is already configured in this kernel by "
                f"{_options_text(_state['options'])}; it cannot switch to "
                f"{_options_text(options)}. Restart the kernel (Kernel > Restart Kernel) "
                "and run the notebook from the top."
            )
        return

    import django
    from django.conf import settings

    if settings.configured:
        how = "by a setup() that failed" if _state["tmp"] is not None else "without helpers.setup()"
        raise RuntimeError(
            f"Django was configured in this kernel {how}; restart the kernel "
            "(Kernel > Restart Kernel) and run the notebook from the top."
        )
    # ipykernel runs cells inside a running event loop; Django's docs name this
    # variable for exactly this case (Jupyter), so the sync ORM works in cells.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    tmp = Path(tempfile.mkdtemp(prefix="django-lab-"))
    _state["tmp"] = tmp
    atexit.register(_remove_tmp)
    for name in ("static", "media", "sessions", "cache"):
        (tmp / name).mkdir()
    values = _base_settings(tmp)
    values["INSTALLED_APPS"] += list(apps)
    values["MIDDLEWARE"] += list(middleware)
    values.update(overrides)
    settings.configure(**values)
    # A model cell run twice re-registers its class: the registry keeps the new
    # one (create_tables rebuilds its table), so Django's reload warning is noise here.
    warnings.filterwarnings(
        "ignore", message=rf"Model '{NOTEBOOK_APP_LABEL}\.\w+' was already registered", category=RuntimeWarning
    )
    django.setup()
    if migrate:
        from django.core.management import call_command
        from django.db import reset_queries

        call_command("migrate", verbosity=0, interactive=False)
        reset_queries()  # connection.queries starts with the notebook's first query
    _state["options"] = options
