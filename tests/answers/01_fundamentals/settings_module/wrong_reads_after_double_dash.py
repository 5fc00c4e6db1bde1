"""Wrong: reads --settings after a "--" too; argparse (and so Django) treats everything after "--" as positional."""


def settings_module(environ, argv, default=None):
    chosen = None
    options = list(argv[2:])
    for i, arg in enumerate(options):
        if arg.startswith("--settings="):
            chosen = arg[len("--settings="):]
        elif arg == "--settings" and i + 1 < len(options):
            chosen = options[i + 1]
    if chosen:
        return chosen
    if "DJANGO_SETTINGS_MODULE" in environ:
        return environ["DJANGO_SETTINGS_MODULE"] or None
    return default
