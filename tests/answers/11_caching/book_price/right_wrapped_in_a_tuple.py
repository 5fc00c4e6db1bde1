"""Right, differently: a BLAKE2 key, and the price stored inside a tuple, so a cached None is a hit (a tuple is never None)."""
def book_price(title):
    """Return the price of the book with this title, or None; every answer cached for 5 minutes."""
    key = "bp:" + hashlib.blake2b(title.encode("utf-8"), digest_size=20).hexdigest()
    hit = cache.get(key)
    if hit is not None:
        return hit[0]
    price = Book.objects.filter(title=title).values_list("price", flat=True).first()
    cache.set(key, (price,), timeout=300)
    return price
