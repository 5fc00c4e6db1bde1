"""Wrong: argparse with its default allow_abbrev=True reads --sett=NAME as --settings; Django's parser turns abbreviations off."""
import argparse


def settings_module(environ, argv, default=None):
    """Return the settings module a command line argv would load under environ, or None if there is none."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--settings")
    parser.add_argument("--pythonpath")
    options, _ = parser.parse_known_args(argv[2:])
    if options.settings:
        return options.settings
    if "DJANGO_SETTINGS_MODULE" in environ:
        return environ["DJANGO_SETTINGS_MODULE"] or None
    return default
