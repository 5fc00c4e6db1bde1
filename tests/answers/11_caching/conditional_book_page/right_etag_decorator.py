"""Right, differently: the etag() decorator, with an MD5 of the shown fields joined by a separator (a dict from values())."""
def conditional_book_page(view):
    """Return view wrapped so that a client holding the current ETag gets a 304 without the page being built."""
    def shown(request, pk):
        book = Book.objects.filter(pk=pk).values("title", "author__name", "price").first()
        if book is None:
            return None
        return hashlib.md5("\x1f".join(str(book[f]) for f in ("title", "author__name", "price")).encode()).hexdigest()

    return etag(shown)(view)
