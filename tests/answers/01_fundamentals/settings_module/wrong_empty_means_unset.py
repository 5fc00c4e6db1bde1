"""Wrong: treats an empty DJANGO_SETTINGS_MODULE as unset, but setdefault keeps it, and Django then has no settings."""


def settings_module(environ, argv, default=None):
    """Return the settings module a command line argv would load under environ, or None if there is none."""
    chosen = None
    options = list(argv[2:])
    for i, arg in enumerate(options):
        if arg.startswith("--settings="):
            chosen = arg[len("--settings="):]
        elif arg == "--settings" and i + 1 < len(options):
            chosen = options[i + 1]
    return chosen or environ.get("DJANGO_SETTINGS_MODULE") or default
