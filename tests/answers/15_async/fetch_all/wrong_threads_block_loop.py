"""Wrong: runs each fetch in its own loop in a thread pool and waits on the pool, blocking the event loop."""
from concurrent.futures import ThreadPoolExecutor


async def fetch_all(sources):
    """Return [await fetch(s) for s in sources], with all the fetches in flight at once."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda source: asyncio.run(fetch(source)), sources))
