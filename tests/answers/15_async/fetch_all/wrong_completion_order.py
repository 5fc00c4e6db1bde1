"""Wrong: concurrent, but as_completed returns results in the order the APIs answer, not the order of sources."""
async def fetch_all(sources):
    """Return [await fetch(s) for s in sources], with all the fetches in flight at once."""
    return [await done for done in asyncio.as_completed([fetch(source) for source in sources])]
