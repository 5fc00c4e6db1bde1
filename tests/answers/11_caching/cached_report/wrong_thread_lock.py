"""Wrong: a threading.Lock stops the threads of one process only; each worker process would still build its own report."""
_report_lock = threading.Lock()


def cached_report(build):
    """Return the cached report; on a miss exactly one caller builds it, and the others wait for its value."""
    report = cache.get("report")
    if report is not None:
        return report
    with _report_lock:
        report = cache.get("report")
        if report is None:
            report = build()
            cache.set("report", report, 60)
    return report
