"""Wrong: the key is the title with underscores for spaces, cut to 200 characters: "Dune Messiah" and "Dune_Messiah" share a key, and so do two long titles that differ only at the end."""
def book_price(title):
    """Return the price of the book with this title, or None; every answer cached for 5 minutes."""
    key = ("book_price:" + title.replace(" ", "_"))[:200]
    return cache.get_or_set(key, lambda: Book.objects.filter(title=title).values_list("price", flat=True).first(), 300)
