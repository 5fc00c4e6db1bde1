"""Wrong (the anti-pattern): calls the blocking library straight from the coroutine, which stops the event loop."""
async def titles(isbns):
    """Return [isbn_title(i) for i in isbns], run concurrently without blocking the event loop."""
    return [isbn_title(isbn) for isbn in isbns]
