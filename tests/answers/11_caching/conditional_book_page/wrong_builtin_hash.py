"""Wrong: the ETag is Python's hash() of the row, whose str hashes are salted per process, so another worker process computes another ETag and answers 200 instead of 304."""
def conditional_book_page(view):
    """Return view wrapped so that a client holding the current ETag gets a 304 without the page being built."""
    def shown(request, pk):
        row = Book.objects.filter(pk=pk).values_list("title", "author__name", "price").first()
        return None if row is None else str(hash(row))

    return condition(etag_func=shown)(view)
