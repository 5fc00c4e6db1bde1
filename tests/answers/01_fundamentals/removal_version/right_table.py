"""Right, written differently: parse with split() and name the releases in a list instead of a regex and arithmetic."""


def removal_version(deprecated_in):
    """Return the release (a str) that removes a feature deprecated in the feature release deprecated_in."""
    if deprecated_in.isdigit() and len(deprecated_in) == 4 and int(deprecated_in) >= 2028:
        return str(int(deprecated_in) + 2)
    releases = [f"{major}.{minor}" for major in range(2, 7) for minor in range(3)] + ["2028", "2029"]
    if deprecated_in not in releases[:15]:
        raise ValueError(f"{deprecated_in!r} is not a Django feature release from 2.0 to 6.2")
    major, minor = (int(part) for part in deprecated_in.split("."))
    # the next "dot zero" is 3 releases on; an LTS (x.2) deprecation is kept one release longer
    return releases[releases.index(f"{major}.2") + (2 if minor == 2 else 1)]
