"""Wrong: waiters poll until the report appears, with no limit: if the builder hangs or its worker dies, every request that found the lock taken waits for ever."""
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
    while True:
        time.sleep(0.02)
        report = cache.get("report")
        if report is not None:
            return report
