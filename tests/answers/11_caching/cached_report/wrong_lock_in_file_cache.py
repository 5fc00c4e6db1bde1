"""Wrong: the lock is in the file cache, whose add() checks, then writes (two processes can both take it), instead of the default cache the task names."""
def cached_report(build):
    """Return the cached report; on a miss exactly one caller builds it, and the others wait for its value."""
    report = cache.get("report")
    if report is not None:
        return report
    locks = caches["files"]
    if locks.add("report:lock", 1, timeout=30):
        try:
            report = build()
            cache.set("report", report, 60)
            return report
        finally:
            locks.delete("report:lock")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        time.sleep(0.02)
        report = cache.get("report")
        if report is not None:
            return report
    return build()
