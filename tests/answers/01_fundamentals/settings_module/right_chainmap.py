"""Right, differently: a ChainMap of option, environment and default; the last --settings found wins."""
from collections import ChainMap


def settings_module(environ, argv, default=None):
    rest = argv[2:]
    if "--" in rest:
        rest = rest[:rest.index("--")]
    option = {}
    for i, arg in enumerate(rest):
        name, eq, value = arg.partition("=")
        if name == "--settings":
            value = value if eq else (rest[i + 1] if i + 1 < len(rest) else "")
            if value:
                option["DJANGO_SETTINGS_MODULE"] = value
            else:
                option.pop("DJANGO_SETTINGS_MODULE", None)
    fallback = {} if default is None else {"DJANGO_SETTINGS_MODULE": default}
    return ChainMap(option, dict(environ), fallback).get("DJANGO_SETTINGS_MODULE") or None
