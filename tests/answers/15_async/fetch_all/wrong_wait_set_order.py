"""Wrong: asyncio.wait runs the fetches at once but returns a set, so the results come in no set order."""
async def fetch_all(sources):
    """Return [await fetch(s) for s in sources], with all the fetches in flight at once."""
    if not sources:
        return []
    done, _ = await asyncio.wait([asyncio.create_task(fetch(source)) for source in sources])
    return [task.result() for task in done]
