"""Wrong: one request builds, but the others return None at once instead of waiting for its report."""
def cached_report(build):
    """Return the cached report; on a miss exactly one caller builds it, and the others wait for its value."""
    report = cache.get("report")
    if report is None and cache.add("report:lock", 1, timeout=30):
        try:
            report = build()
            cache.set("report", report, 60)
        finally:
            cache.delete("report:lock")
    return report
