"""Right, differently: get() with a sentinel default tells a cached None from a miss, and the key is an MD5 of the title."""
_MISSING = object()


def book_price(title):
    """Return the price of the book with this title, or None; every answer cached for 5 minutes."""
    key = "price:" + hashlib.md5(title.encode()).hexdigest()
    price = cache.get(key, _MISSING)
    if price is _MISSING:
        book = Book.objects.filter(title=title).only("price").first()
        price = None if book is None else book.price
        cache.set(key, price, 5 * 60)
    return price
