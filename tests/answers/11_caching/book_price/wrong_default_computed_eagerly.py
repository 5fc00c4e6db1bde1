"""Wrong: passes the looked-up price to get_or_set() instead of a callable, so the query runs on every call, cached or not."""
def book_price(title):
    """Return the price of the book with this title, or None; every answer cached for 5 minutes."""
    key = "book_price:" + hashlib.sha256(title.encode()).hexdigest()
    return cache.get_or_set(key, Book.objects.filter(title=title).values_list("price", flat=True).first(), 300)
