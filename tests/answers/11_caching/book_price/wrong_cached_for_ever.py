"""Wrong: timeout=None keeps every answer for ever instead of 5 minutes, so a changed price is never seen."""
def book_price(title):
    """Return the price of the book with this title, or None; every answer cached for 5 minutes."""
    key = "book_price:" + hashlib.sha256(title.encode()).hexdigest()
    return cache.get_or_set(
        key, lambda: Book.objects.filter(title=title).values_list("price", flat=True).first(), timeout=None
    )
