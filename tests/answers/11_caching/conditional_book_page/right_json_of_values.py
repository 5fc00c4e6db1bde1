"""Right, differently: a SHA-1 of the row from values() dumped as sorted JSON; a missing book gives None from `row and ...`."""
def conditional_book_page(view):
    """Return view wrapped so that a client holding the current ETag gets a 304 without the page being built."""
    def tag(request, pk):
        row = Book.objects.filter(pk=pk).values("title", "author__name", "price").first()
        return row and hashlib.sha1(json.dumps(row, default=str, sort_keys=True).encode()).hexdigest()

    return condition(etag_func=tag)(view)
