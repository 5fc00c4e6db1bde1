"""Right, differently: the lock is a counter made with add() and taken by whoever incr()s it to 1; waiters poll with a monotonic deadline."""
def cached_report(build):
    """Return the cached report; on a miss exactly one caller builds it, and the others wait for its value."""
    found = cache.get("report")
    if found is not None:
        return found
    cache.add("report:building", 0, timeout=30)
    try:
        mine = cache.incr("report:building") == 1
    except ValueError:  # expired between add() and incr()
        mine = cache.add("report:building", 1, timeout=30)
    if mine:
        try:
            found = build()
            cache.set("report", found, timeout=60)
        finally:
            cache.delete("report:building")
        return found
    stop = time.monotonic() + 5.0
    while time.monotonic() < stop:
        time.sleep(0.01)
        found = cache.get("report")
        if found is not None:
            return found
    return build()
