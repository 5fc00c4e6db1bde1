"""Wrong: waiters give up after half a second, not 5: any build slower than that is a stampede again."""
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
    for _ in range(10):
        time.sleep(0.05)
        report = cache.get("report")
        if report is not None:
            return report
    return build()
