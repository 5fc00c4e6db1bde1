"""Wrong: after waiting 5 seconds in vain a request returns None instead of building the report itself."""
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
        time.sleep(0.02)
        report = cache.get("report")
        if report is not None:
            return report
    return None
