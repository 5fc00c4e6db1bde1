"""Wrong: skips an empty --settings= and keeps an earlier value, but the last --settings counts even when empty, and then Django ignores the option."""


def settings_module(environ, argv, default=None):
    """Return the settings module a command line argv would load under environ, or None if there is none."""
    chosen = None
    options = list(argv[2:])
    for i, arg in enumerate(options):
        if arg == "--":
            break
        value = None
        if arg.startswith("--settings="):
            value = arg.partition("=")[2]
        elif arg == "--settings" and i + 1 < len(options):
            value = options[i + 1]
        if value:
            chosen = value
    if chosen:
        return chosen
    if "DJANGO_SETTINGS_MODULE" in environ:
        return environ["DJANGO_SETTINGS_MODULE"] or None
    return default
