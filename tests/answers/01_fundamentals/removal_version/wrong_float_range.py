"""Wrong: checks only that the version lies between 2.0 and 6.2 as a number, so releases that never existed, such as "4.5", are accepted."""
import re


def removal_version(deprecated_in):
    """Return the release (a str) that removes a feature deprecated in the feature release deprecated_in."""
    if re.fullmatch(r"\d{4}", deprecated_in) and int(deprecated_in) >= 2028:
        return str(int(deprecated_in) + 2)
    if not re.fullmatch(r"\d\.\d", deprecated_in) or not 2.0 <= float(deprecated_in) <= 6.2:
        raise ValueError(f"{deprecated_in!r} is not a Django feature release")
    major, minor = (int(part) for part in deprecated_in.split("."))
    removed = f"{major + 1}.{1 if minor == 2 else 0}"
    return {"7.0": "2028", "7.1": "2029"}.get(removed, removed)
