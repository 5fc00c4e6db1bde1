"""Wrong: parses each part with int(), which also takes a sign and leading zeros, so "05.1", "+5.1" and "02028" are accepted instead of raising ValueError."""


def removal_version(deprecated_in):
    """Return the release (a str) that removes a feature deprecated in the feature release deprecated_in."""
    if deprecated_in != deprecated_in.strip():
        raise ValueError(f"{deprecated_in!r} has spaces around it")
    parts = deprecated_in.split(".")
    if len(parts) == 1:
        year = int(parts[0])
        if year < 2028:
            raise ValueError(f"{deprecated_in!r} is not a calendar release")
        return str(year + 2)
    if len(parts) != 2:
        raise ValueError(f"{deprecated_in!r} is not a feature release")
    major, minor = int(parts[0]), int(parts[1])
    if not (2 <= major <= 6 and 0 <= minor <= 2):
        raise ValueError(f"{deprecated_in!r} is not a feature release from 2.0 to 6.2")
    removed = f"{major + 1}.{1 if minor == 2 else 0}"
    return {"7.0": "2028", "7.1": "2029"}.get(removed, removed)
