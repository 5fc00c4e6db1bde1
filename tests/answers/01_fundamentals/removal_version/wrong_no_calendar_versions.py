"""Wrong: ignores calendar versioning (DEP 20), so 6.x deprecations go in a "7.0" or "7.1" that will never exist."""
import re


def removal_version(deprecated_in):
    """Return the release (a str) that removes a feature deprecated in the feature release deprecated_in."""
    match = re.fullmatch(r"([2-6])\.([0-2])", deprecated_in)
    if match is None:
        raise ValueError(f"{deprecated_in!r} is not a Django feature release")
    major, minor = int(match[1]), int(match[2])
    return f"{major + 1}.{1 if minor == 2 else 0}"
