"""Right, written differently: parses the options with argparse as Django's ManagementUtility does, and copies the environ."""
import argparse


def settings_module(environ, argv, default=None):
    """Return the settings module a command line argv would load under environ, or None if there is none."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--settings")
    options, _ = parser.parse_known_args(argv[2:])
    env = dict(environ)
    if options.settings:
        env["DJANGO_SETTINGS_MODULE"] = options.settings
    if default is not None:
        env.setdefault("DJANGO_SETTINGS_MODULE", default)
    return env.get("DJANGO_SETTINGS_MODULE") or None
