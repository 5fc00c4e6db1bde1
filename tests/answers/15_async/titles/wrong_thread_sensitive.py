"""Wrong: sync_to_async with its default thread_sensitive=True runs every lookup in one thread, one at a time."""
async def titles(isbns):
    """Return [isbn_title(i) for i in isbns], run concurrently without blocking the event loop."""
    return list(await asyncio.gather(*(sync_to_async(isbn_title)(isbn) for isbn in isbns)))
