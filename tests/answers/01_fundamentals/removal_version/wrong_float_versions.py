"""Wrong: compares versions as floats, so "5.10", "5.1e0" or " 5.1" are taken for 5.1."""

FEATURE = {2.0, 2.1, 2.2, 3.0, 3.1, 3.2, 4.0, 4.1, 4.2, 5.0, 5.1, 5.2, 6.0, 6.1, 6.2}


def removal_version(deprecated_in):
    """Return the release (a str) that removes a feature deprecated in the feature release deprecated_in."""
    if deprecated_in.isdigit() and len(deprecated_in) == 4:
        if int(deprecated_in) < 2028:
            raise ValueError(deprecated_in)
        return str(int(deprecated_in) + 2)
    if "." not in deprecated_in:
        raise ValueError(deprecated_in)
    try:
        value = float(deprecated_in)
    except ValueError:
        raise ValueError(deprecated_in) from None
    if value not in FEATURE:
        raise ValueError(deprecated_in)
    major, minor = int(value), round(value * 10) % 10
    removed = f"{major + 1}.{1 if minor == 2 else 0}"
    return {"7.0": "2028", "7.1": "2029"}.get(removed, removed)
