"""Wrong: waiters wait for the lock to go and then return what is cached: None when the build they waited for failed."""
def cached_report(build):
    """Return the cached report; on a miss exactly one caller builds it, and the others wait for its value."""
    report = cache.get("report")
    if report is not None:
        return report
    if cache.add("report:lock", 1, timeout=30):
        try:
            report = build()
            cache.set("report", report, 60)
            return report
        finally:
            cache.delete("report:lock")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if cache.get("report:lock") is None:  # the builder is done
            return cache.get("report")
        time.sleep(0.02)
    return build()
