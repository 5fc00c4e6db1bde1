"""Wrong: stops reading options at the first positional argument, as POSIX getopt does, so `manage.py test shop --settings=mysite.test` loses its --settings (Django's argparse reads options anywhere before `--`)."""


def settings_module(environ, argv, default=None):
    """Return the settings module a command line argv would load under environ, or None if there is none."""
    chosen = None
    options = list(argv[2:])
    i = 0
    while i < len(options) and options[i] != "--" and options[i].startswith("-"):
        if options[i].startswith("--settings="):
            chosen = options[i][len("--settings="):]
        elif options[i] in ("--settings", "--pythonpath"):
            if options[i] == "--settings":
                chosen = options[i + 1]
            i += 1
        i += 1
    if chosen:
        return chosen
    if "DJANGO_SETTINGS_MODULE" in environ:
        return environ["DJANGO_SETTINGS_MODULE"] or None
    return default
