"""Wrong: believes "manage.py sets DJANGO_SETTINGS_MODULE", so manage.py's default beats the environment (it is setdefault)."""


def settings_module(environ, argv, default=None):
    """Return the settings module a command line argv would load under environ, or None if there is none."""
    options = list(argv[2:])
    for i, arg in enumerate(options):
        if arg.startswith("--settings=") and arg[len("--settings="):]:
            return arg[len("--settings="):]
        if arg == "--settings" and i + 1 < len(options):
            return options[i + 1]
    return default or environ.get("DJANGO_SETTINGS_MODULE") or None
