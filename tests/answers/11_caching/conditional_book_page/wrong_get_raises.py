"""Wrong: the ETag function uses get(), so a book that does not exist raises DoesNotExist: a 500 instead of the view's 404."""
def conditional_book_page(view):
    """Return view wrapped so that a client holding the current ETag gets a 304 without the page being built."""
    def version(request, pk):
        book = Book.objects.select_related("author").get(pk=pk)
        return hashlib.md5(f"{book.title}|{book.author.name}|{book.price}".encode()).hexdigest()

    return condition(etag_func=version)(view)
