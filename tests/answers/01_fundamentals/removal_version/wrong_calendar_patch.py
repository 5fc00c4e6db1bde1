"""Wrong: accepts a calendar patch release such as "2028.1" (a patch release deprecates nothing)."""
import re


def removal_version(deprecated_in):
    """Return the release (a str) that removes a feature deprecated in the feature release deprecated_in."""
    calendar = re.fullmatch(r"(\d{4})(?:\.\d+)?", deprecated_in)
    if calendar and int(calendar[1]) >= 2028:
        return str(int(calendar[1]) + 2)
    match = re.fullmatch(r"([2-6])\.([0-2])", deprecated_in)
    if match is None:
        raise ValueError(f"{deprecated_in!r} is not a Django feature release")
    major, minor = int(match[1]), int(match[2])
    removed = f"{major + 1}.{1 if minor == 2 else 0}"
    return {"7.0": "2028", "7.1": "2029"}.get(removed, removed)
