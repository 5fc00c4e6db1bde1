"""Wrong: fetches each distinct source once, so a source named twice gets one result."""
async def fetch_all(sources):
    """Return [await fetch(s) for s in sources], with all the fetches in flight at once."""
    unique = list(dict.fromkeys(sources))
    return list(await asyncio.gather(*(fetch(source) for source in unique)))
