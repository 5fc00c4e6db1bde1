"""Right, written differently: cuts the options at "--", then reads them from the end, so the last --settings decides, even an empty one."""


def settings_module(environ, argv, default=None):
    """Return the settings module a command line argv would load under environ, or None if there is none."""
    options = list(argv[2:])
    if "--" in options:
        options = options[:options.index("--")]
    value = ""
    for i in reversed(range(len(options))):
        if options[i].startswith("--settings="):
            value = options[i].partition("=")[2]
            break
        if options[i] == "--settings" and i + 1 < len(options):
            value = options[i + 1]
            break
    if value:
        return value
    if "DJANGO_SETTINGS_MODULE" in environ:
        return environ["DJANGO_SETTINGS_MODULE"] or None
    return default
