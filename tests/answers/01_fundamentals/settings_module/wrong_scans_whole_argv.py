"""Wrong: looks for --settings anywhere in argv, but Django takes argv[1] as the command name and reads options only after it."""


def settings_module(environ, argv, default=None):
    """Return the settings module a command line argv would load under environ, or None if there is none."""
    chosen = None
    for i, arg in enumerate(argv):
        if arg.startswith("--settings="):
            chosen = arg[len("--settings="):]
        elif arg == "--settings" and i + 1 < len(argv):
            chosen = argv[i + 1]
    if chosen:
        return chosen
    if "DJANGO_SETTINGS_MODULE" in environ:
        return environ["DJANGO_SETTINGS_MODULE"] or None
    return default
