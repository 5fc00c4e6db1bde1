"""Wrong (the anti-pattern): awaits each fetch in turn, so the waits add up instead of overlapping."""
async def fetch_all(sources):
    """Return [await fetch(s) for s in sources], with all the fetches in flight at once."""
    return [await fetch(source) for source in sources]
