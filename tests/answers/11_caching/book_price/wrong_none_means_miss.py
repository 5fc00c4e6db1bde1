"""Wrong (the anti-pattern): treats None from get() as a miss, so a title with no book is looked up again on every call."""
def book_price(title):
    """Return the price of the book with this title, or None; every answer cached for 5 minutes."""
    key = "book_price:" + hashlib.sha256(title.encode()).hexdigest()
    price = cache.get(key)
    if price is None:
        price = Book.objects.filter(title=title).values_list("price", flat=True).first()
        cache.set(key, price, 300)
    return price
