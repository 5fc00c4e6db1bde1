"""Wrong: waiters keep retrying the lock until it expires (30 s) instead of building after 5 seconds."""
def cached_report(build):
    """Return the cached report; on a miss exactly one caller builds it, and the others wait for its value."""
    while True:
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
        time.sleep(0.05)
