"""Wrong: the ETag names the book, not its version: after a price change the client still gets 304 and keeps the old price."""
def conditional_book_page(view):
    """Return view wrapped so that a client holding the current ETag gets a 304 without the page being built."""
    def version(request, pk):
        return f"book-{pk}" if Book.objects.filter(pk=pk).exists() else None

    return condition(etag_func=version)(view)
