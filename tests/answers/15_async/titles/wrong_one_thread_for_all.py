"""Wrong: frees the loop, but runs all the lookups in one thread, one after another."""
async def titles(isbns):
    """Return [isbn_title(i) for i in isbns], run concurrently without blocking the event loop."""
    return await asyncio.to_thread(lambda: [isbn_title(isbn) for isbn in isbns])
