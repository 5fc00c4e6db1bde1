"""Wrong: releases the lock only after a successful build; a build that raises leaves it for 30 seconds, and the next request waits 5 seconds."""
def cached_report(build):
    """Return the cached report; on a miss exactly one caller builds it, and the others wait for its value."""
    report = cache.get("report")
    if report is not None:
        return report
    if cache.add("report:lock", 1, timeout=30):
        report = build()
        cache.set("report", report, 60)
        cache.delete("report:lock")
        return report
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        time.sleep(0.02)
        report = cache.get("report")
        if report is not None:
            return report
    return build()
