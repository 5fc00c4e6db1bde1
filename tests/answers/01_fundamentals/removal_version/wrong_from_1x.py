"""Wrong: starts the A.B range at 1.x instead of 2.0, so "1.0" to "1.2" (an older deprecation scheme) are accepted instead of raising ValueError."""
import re


def removal_version(deprecated_in):
    """Return the release (a str) that removes a feature deprecated in the feature release deprecated_in."""
    if re.fullmatch(r"\d{4}", deprecated_in) and int(deprecated_in) >= 2028:
        return str(int(deprecated_in) + 2)
    match = re.fullmatch(r"([1-6])\.([0-2])", deprecated_in)
    if match is None:
        raise ValueError(f"{deprecated_in!r} is not a Django feature release")
    major, minor = int(match[1]), int(match[2])
    removed = f"{major + 1}.{1 if minor == 2 else 0}"
    return {"7.0": "2028", "7.1": "2029"}.get(removed, removed)
