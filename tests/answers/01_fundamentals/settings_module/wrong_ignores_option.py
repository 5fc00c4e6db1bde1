"""Wrong: forgets the --settings option, which wins over both the environment and manage.py's default."""


def settings_module(environ, argv, default=None):
    """Return the settings module a command line argv would load under environ, or None if there is none."""
    if "DJANGO_SETTINGS_MODULE" in environ:
        return environ["DJANGO_SETTINGS_MODULE"] or None
    return default
