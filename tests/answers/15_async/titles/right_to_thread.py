"""Right, written differently: asyncio.to_thread runs each lookup in the default thread pool."""
async def titles(isbns):
    """Return [isbn_title(i) for i in isbns], run concurrently without blocking the event loop."""
    tasks = [asyncio.create_task(asyncio.to_thread(isbn_title, isbn)) for isbn in isbns]
    return [await task for task in tasks]
