"""Wrong (the anti-pattern): get_or_set() takes no lock, so every request that finds the key missing builds the report."""
def cached_report(build):
    """Return the cached report; on a miss exactly one caller builds it, and the others wait for its value."""
    return cache.get_or_set("report", build, 60)
