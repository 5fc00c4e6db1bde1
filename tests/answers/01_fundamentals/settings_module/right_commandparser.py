"""Right, written differently: parses argv[2:] with Django's own CommandParser, as ManagementUtility.execute() does."""
from django.core.management.base import CommandParser


def settings_module(environ, argv, default=None):
    """Return the settings module a command line argv would load under environ, or None if there is none."""
    parser = CommandParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--settings")
    parser.add_argument("--pythonpath")
    parser.add_argument("args", nargs="*")
    options, _ = parser.parse_known_args(list(argv[2:]))
    if options.settings:
        return options.settings
    return environ.get("DJANGO_SETTINGS_MODULE", default) or None
