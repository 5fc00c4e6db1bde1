"""Wrong: the lock never expires (timeout=None), so a worker killed while building blocks the report for good."""
def cached_report(build):
    """Return the cached report; on a miss exactly one caller builds it, and the others wait for its value."""
    report = cache.get("report")
    if report is not None:
        return report
    if cache.add("report:lock", 1, timeout=None):
        try:
            report = build()
            cache.set("report", report, 60)
            return report
        finally:
            cache.delete("report:lock")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        time.sleep(0.02)
        report = cache.get("report")
        if report is not None:
            return report
    return build()
