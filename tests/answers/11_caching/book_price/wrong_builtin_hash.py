"""Wrong: Python's hash() of a str is salted per process (PYTHONHASHSEED), so each worker process uses other keys for the same title and a shared cache misses."""
def book_price(title):
    """Return the price of the book with this title, or None; every answer cached for 5 minutes."""
    key = f"book_price:{hash(title)}"
    return cache.get_or_set(key, lambda: Book.objects.filter(title=title).values_list("price", flat=True).first(), 300)
