"""Wrong: a request that finds the lock taken sleeps 5 seconds before it reads the cache once, instead of polling: every waiter is 5 seconds slow, however fast the build."""
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
    time.sleep(5)
    return cache.get("report") or build()
