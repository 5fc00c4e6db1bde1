"""Wrong: every A.x deprecation removed in (A+1).0, forgetting that an LTS (A.2) deprecation lives until (A+1).1."""
import re


def removal_version(deprecated_in):
    """Return the release (a str) that removes a feature deprecated in the feature release deprecated_in."""
    if re.fullmatch(r"\d{4}", deprecated_in) and int(deprecated_in) >= 2028:
        return str(int(deprecated_in) + 2)
    match = re.fullmatch(r"([2-6])\.([0-2])", deprecated_in)
    if match is None:
        raise ValueError(f"{deprecated_in!r} is not a Django feature release")
    removed = f"{int(match[1]) + 1}.0"
    return {"7.0": "2028"}.get(removed, removed)
